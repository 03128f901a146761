namespace PhantomMesh.BuildPorts.Threading;

/// <summary>
/// Runs independent jobs on every core: the calling thread and one thread per other core take the next job until
/// none is left. The threads get the stack a process's main thread gets on Linux, not a pool thread's smaller one,
/// so a deeply nested template that renders one after the other also renders side by side.
/// </summary>
internal static class SideBySide
{
    private const int StackSize = 8 * 1024 * 1024;

    public static void Run<T>(IReadOnlyList<T> jobs, Action<T> run)
    {
        var next = -1;
        void Work()
        {
            int index;
            while ((index = Interlocked.Increment(ref next)) < jobs.Count)
            {
                run(jobs[index]);
            }
        }

        var helpers = Enumerable.Range(1, Math.Max(Math.Min(Environment.ProcessorCount, jobs.Count) - 1, 0))
            .Select(_ => RenderThread(Work))
            .ToList();
        helpers.ForEach(t => t.Start());
        Work();
        helpers.ForEach(t => t.Join());
    }

    /// <summary>
    /// Starts <paramref name="job"/> on a thread of its own with the same stack as the helpers of <see cref="Run{T}"/>; what it
    /// returns or throws is the task's, never thrown on that thread.
    /// </summary>
    public static Task<T> Start<T>(Func<T> job)
    {
        var result = new TaskCompletionSource<T>(TaskCreationOptions.RunContinuationsAsynchronously);
        RenderThread(() =>
        {
            try
            {
                result.SetResult(job());
            }
            catch (Exception exception)
            {
                result.SetException(exception);
            }
        }).Start();
        return result.Task;
    }

    private static Thread RenderThread(ThreadStart work) => new(work, StackSize) { IsBackground = true, Name = "phantom-gen render" };

    /// <summary>
    /// Runs <paramref name="there"/> on a pool thread while <paramref name="here"/> runs on this one, and returns both
    /// results. Nothing is left running once it returns or throws: when <paramref name="here"/> throws, it waits for
    /// <paramref name="there"/> first; what <paramref name="there"/> throws is thrown as it was.
    /// </summary>
    public static (THere Here, TThere There) Both<THere, TThere>(Func<THere> here, Func<TThere> there)
    {
        var other = Task.Run(there);
        THere result;
        try
        {
            result = here();
        }
        finally
        {
            Task.WaitAny(other); // does not throw what the other half threw; GetResult below does
        }

        return (result, other.GetAwaiter().GetResult());
    }
}
