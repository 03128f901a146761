using System.Diagnostics;

namespace PhantomMesh.BuildPorts.Docker.Tests.Infrastructure;

/// <summary>Waits that end: a condition is polled at most so many times and for at most so long.</summary>
public static class Bounded
{
    /// <summary>
    /// Polls <paramref name="probe"/> every <paramref name="interval"/> until it returns a value
    /// <paramref name="done"/> accepts, for at most <paramref name="limit"/>; returns the last value
    /// seen and whether it was accepted.
    /// </summary>
    public static async Task<(T Last, bool Done)> PollAsync<T>(
        Func<Task<T>> probe, Func<T, bool> done, TimeSpan limit, TimeSpan interval)
    {
        var clock = Stopwatch.StartNew();
        var attempts = (int)Math.Ceiling(limit / interval) + 1;
        var last = await probe();
        for (var attempt = 1; attempt < attempts && !done(last) && clock.Elapsed < limit; attempt++)
        {
            await Task.Delay(interval);
            last = await probe();
        }

        return (last, done(last));
    }
}
