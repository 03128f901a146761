using PhantomMesh.BuildPorts.Docker.Tests.Infrastructure;

namespace PhantomMesh.BuildPorts.Docker.Tests.Cleanup;

/// <summary>The cleanup scope on its own (no engine): every step runs, and no failure hides another.</summary>
public sealed class CleanupScopeTests
{
    [Fact]
    public async Task Every_undo_step_runs_in_reverse_order_even_after_one_throws_and_the_failure_names_it()
    {
        var ran = new List<string>();
        var failure = await Assert.ThrowsAsync<AggregateException>(() => CleanupScope.RunAsync(scope =>
        {
            scope.Add("first", () => Record(ran, "first"));
            scope.Add("second", () => throw new IOException("busy"));
            scope.Add("third", () => Record(ran, "third"));
            return Task.CompletedTask;
        }));

        Assert.Equal(["third", "first"], ran);
        var leak = Assert.Single(failure.InnerExceptions);
        Assert.Contains("second", leak.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_body_failure_is_thrown_as_it_is_after_a_clean_cleanup_and_first_beside_a_leak()
    {
        await Assert.ThrowsAsync<TimeoutException>(() => CleanupScope.RunAsync(_ => throw new TimeoutException()));

        var both = await Assert.ThrowsAsync<AggregateException>(() => CleanupScope.RunAsync(scope =>
        {
            scope.Add("a stack", () => throw new IOException("busy"));
            throw new TimeoutException();
        }));
        Assert.IsType<TimeoutException>(both.InnerExceptions[0]);
        Assert.Contains("a stack", both.InnerExceptions[1].Message, StringComparison.Ordinal);
    }

    private static Task Record(List<string> ran, string step)
    {
        ran.Add(step);
        return Task.CompletedTask;
    }
}
