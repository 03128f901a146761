using System.Collections.Concurrent;
using PhantomMesh.BuildPorts.Threading;

namespace PhantomMesh.BuildPorts.Tests.Threading;

/// <summary>Templates rendered side by side: each exactly once, on threads with a main thread's stack.</summary>
public sealed class SideBySideTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(13)]
    [InlineData(500)]
    public void Every_job_runs_exactly_once(int count)
    {
        var runs = new ConcurrentDictionary<int, int>();

        SideBySide.Run(Enumerable.Range(0, count).ToList(), job => runs.AddOrUpdate(job, 1, (_, n) => n + 1));

        Assert.Equal(Enumerable.Range(0, count), runs.Keys.Order());
        Assert.All(runs.Values, n => Assert.Equal(1, n));
    }

    [Fact]
    public void A_job_can_recurse_as_deep_as_on_a_main_thread()
    {
        // About 2 MB of stack: more than a pool thread has on Linux (1.5 MB), less than a main thread (8 MB).
        static int Down(int depth)
        {
            Span<byte> frame = stackalloc byte[1024];
            frame[0] = (byte)depth;
            return depth == 0 ? frame[0] : Down(depth - 1) + frame[0] - frame[0];
        }

        var depths = new ConcurrentBag<int>();
        SideBySide.Run(Enumerable.Repeat(2_000, Environment.ProcessorCount * 2).ToList(), depth => depths.Add(Down(depth)));

        Assert.Equal(Environment.ProcessorCount * 2, depths.Count);
    }

    [Fact]
    public void Both_halves_give_their_results_and_a_failing_half_here_returns_only_once_the_other_is_done()
    {
        var (here, there) = SideBySide.Both(() => 1, () => "two");
        var otherDone = false;

        var thrown = Assert.Throws<InvalidOperationException>(() => SideBySide.Both<int, int>(
            () => throw new InvalidOperationException("here"),
            () =>
            {
                Thread.Sleep(200);
                otherDone = true;
                return 0;
            }));

        Assert.Equal((1, "two"), (here, there));
        Assert.Equal("here", thrown.Message);
        Assert.True(otherDone);
        Assert.Equal("there", Assert.Throws<ArgumentException>(() => SideBySide.Both<int, int>(() => 0, () => throw new ArgumentException("there"))).Message);
    }
}
