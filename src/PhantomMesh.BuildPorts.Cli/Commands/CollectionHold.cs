using System.Runtime;

namespace PhantomMesh.BuildPorts.Cli.Commands;

/// <summary>
/// Holds off garbage collection while <c>check</c> reads, binds and validates a spec and prints what it
/// found. Almost everything a check allocates (the text, its tree, the bound spec, the diagnostics) is
/// alive until it has printed, so a collection only copies it from one generation to the next: on a
/// 10,000-port spec the two collections were a quarter of the run. Past the estimate, or when the
/// runtime refuses, collections simply happen as usual.
/// </summary>
internal sealed class CollectionHold : IDisposable
{
    /// <summary>A check, printing included, allocates 22 to 26 bytes per byte of spec (measured at 10,000 and 100,000 ports); with a margin.</summary>
    private const long BytesPerSpecByte = 28;

    /// <summary>The command line, the IANA table and the printer before the spec's share.</summary>
    private const long BaseBytes = 16 * 1024 * 1024;

    private readonly bool _started;

    private CollectionHold(bool started) => _started = started;

    public static CollectionHold ForSpec(string specPath)
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

        // Never more than a quarter of what the machine (or the container's limit) offers.
        var budget = Math.Min(BaseBytes + (specBytes * BytesPerSpecByte), GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / 4);
        try
        {
            // Without a full blocking collection first: a host that runs commands in process (a test host) has a heap of its own.
            return new CollectionHold(budget > 0 && GC.TryStartNoGCRegion(budget, disallowFullBlockingGC: true));
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
