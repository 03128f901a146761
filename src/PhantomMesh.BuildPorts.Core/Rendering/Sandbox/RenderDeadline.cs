namespace PhantomMesh.BuildPorts.Rendering.Sandbox;

/// <summary>
/// When a render must end. The cancellation token alone is not enough: its timer runs on the thread pool, and on a
/// busy machine whose pool is starved it can fire long after the time is up, so a template's loops and calls also
/// read the clock themselves (<see cref="CancelIfPassed"/>).
/// </summary>
internal sealed class RenderDeadline : IDisposable
{
    private readonly CancellationTokenSource _cancellation;
    private readonly TimeProvider _clock;
    private readonly long _startTimestamp;

    public RenderDeadline(TimeSpan limit, TimeProvider clock)
    {
        Limit = limit;
        _clock = clock;
        _cancellation = new CancellationTokenSource(limit, clock);
        _startTimestamp = clock.GetTimestamp();
    }

    public TimeSpan Limit { get; }

    /// <summary>Cancelled when the time is up, for what Scriban checks itself; may be late (see the class).</summary>
    public CancellationToken Token => _cancellation.Token;

    /// <summary>Cancels <see cref="Token"/> now if the time is up, whether or not its timer has fired.</summary>
    public void CancelIfPassed()
    {
        if (_clock.GetElapsedTime(_startTimestamp) >= Limit)
        {
            _cancellation.Cancel();
        }
    }

    /// <summary>Ends the render now, as if its time were up.</summary>
    public void Cancel() => _cancellation.Cancel();

    public void Dispose() => _cancellation.Dispose();
}
