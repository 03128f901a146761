using PhantomMesh.BuildPorts.Diagnostics;
using PhantomMesh.BuildPorts.Rendering;

namespace PhantomMesh.BuildPorts.Tests.Rendering;

/// <summary>
/// The render's wall-clock limit grows with the spec, a step per 10,000 ports, so a large spec rendered on a busy
/// machine is not taken for an endless loop; a template that runs past it is still stopped with a diagnostic, read
/// from the clock by the template's own loop, so a starved thread pool (whose timer would cancel it late) cannot let it run on.
/// </summary>
public sealed class RenderTimeLimitTests : IDisposable
{
    /// <summary>Far longer than 1 ms, but within the loop and output limits, so only the time limit can stop it.</summary>
    private static readonly (string Name, string Text) SlowTemplate = ("slow.txt.sbn", "{{ for i in 1..900000 }}{{ i }}{{ end }}\n");

    private readonly TemplateRendering _temp = new();

    [Theory]
    [InlineData(0, 1)]
    [InlineData(1, 1)]
    [InlineData(10_000, 1)]
    [InlineData(10_001, 2)]
    [InlineData(100_000, 10)]
    public void The_limit_is_the_configured_time_per_ten_thousand_ports(int ports, int multiple)
    {
        var limits = new RenderLimits { Time = TimeSpan.FromSeconds(60) };

        Assert.Equal(TimeSpan.FromSeconds(60 * multiple), limits.TimeFor(ports));
    }

    [Fact]
    public void A_template_running_past_the_limit_is_stopped_with_a_limit_diagnostic()
    {
        var limits = new RenderLimits { Time = TimeSpan.FromMilliseconds(1) };

        var result = _temp.Render(limits, SlowTemplate);

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticCatalog.TemplateLimit.Code, diagnostic.Code);
        Assert.Contains("longer than 0.001 s, its limit for this spec (0.001 s per 10000 ports of the spec)", diagnostic.Message, StringComparison.Ordinal);
        Assert.Empty(result.Files);
    }

    [Fact]
    public void A_template_is_stopped_on_time_even_when_the_deadline_timer_never_fires()
    {
        var limits = new RenderLimits { Time = TimeSpan.FromMilliseconds(1) };

        var result = _temp.Render(limits, new TimersThatNeverFire(), SlowTemplate);

        Assert.Equal(DiagnosticCatalog.TemplateLimit.Code, Assert.Single(result.Diagnostics).Code);
        Assert.Empty(result.Files);
    }

    /// <summary>The real clock, with timers that stay silent, as they do on a machine whose thread pool is starved.</summary>
    private sealed class TimersThatNeverFire : TimeProvider
    {
        public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period) => new SilentTimer();

        private sealed class SilentTimer : ITimer
        {
            public bool Change(TimeSpan dueTime, TimeSpan period) => true;

            public void Dispose()
            {
            }

            public ValueTask DisposeAsync() => ValueTask.CompletedTask;
        }
    }

    public void Dispose() => _temp.Dispose();
}
