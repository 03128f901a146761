using System.Runtime;

namespace PhantomMesh.BuildPorts.Cli.Commands;

/// <summary>
/// Holds off garbage collection while a command reads a spec and does its work. A command is a short process
/// whose collections mostly copy what it still needs from one generation to the next: on a 10,000-port spec the
/// two collections of a <c>check</c> were a quarter of it, and the pauses of a <c>generate</c> an eighth. The
/// hold is sized from the spec; past the estimate, or when the runtime refuses, collections simply happen as usual.
/// </summary>
internal sealed class CollectionHold : IDisposable
{
    private readonly bool _started;

    private CollectionHold(bool started) => _started = started;

    /// <summary>
    /// For <c>check</c>: it allocates 22 to 26 bytes per byte of spec, printing included (measured at 10,000 and
    /// 100,000 ports), nearly all of it alive until it has printed; 28 with a margin, on 16 MB for the command line,
    /// the IANA table and the printer.
    /// </summary>
    public static CollectionHold ForCheck(string specPath) => Start(specPath, HoldBudget.ForCheck);

    /// <summary>
    /// For <c>generate</c>: it allocates 79 to 88 bytes per byte of spec (measured at 10,000 and 100,000 ports);
    /// 96 with a margin, on 32 MB. Held only while that stays under 384 MB, because everything allocated during a
    /// hold stays in memory until it ends: a 100,000-port spec would need 1.5 GB, where collecting costs less.
    /// </summary>
    public static CollectionHold ForGenerate(string specPath) => Start(specPath, HoldBudget.ForGenerate);

    private static CollectionHold Start(string specPath, Func<long, long, long?> budgetFor)
    {
        // Asking again while a hold is on ends that hold (the runtime throws and drops it): it is its owner's to end.
        if (GCSettings.LatencyMode == GCLatencyMode.NoGCRegion)
        {
            return new CollectionHold(started: false);
        }

        long specBytes;
        try
        {
            specBytes = new FileInfo(specPath).Length;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return new CollectionHold(started: false);
        }

        if (budgetFor(specBytes, GC.GetGCMemoryInfo().TotalAvailableMemoryBytes) is not { } budget)
        {
            return new CollectionHold(started: false);
        }

        try
        {
            // Without a full blocking collection first: a host that runs commands in process (a test host) has a heap of its own.
            return new CollectionHold(GC.TryStartNoGCRegion(budget, disallowFullBlockingGC: true));
        }
        catch (Exception exception) when (exception is ArgumentOutOfRangeException or InvalidOperationException)
        {
            // Too large for this runtime's settings, or another command in this process began a hold since the check above.
            return new CollectionHold(started: false);
        }
    }

    /// <summary>Ends the hold if it is still on (a collection past the budget ends it by itself).</summary>
    public void Dispose()
    {
        if (!_started || GCSettings.LatencyMode != GCLatencyMode.NoGCRegion)
        {
            return;
        }

        try
        {
            GC.EndNoGCRegion();
        }
        catch (InvalidOperationException)
        {
            // Ended in between: more was allocated than the budget, or someone forced a collection.
        }
    }
}
