using PhantomMesh.BuildPorts.Spec;
using PhantomMesh.BuildPorts.Threading;

namespace PhantomMesh.BuildPorts.Generation;

/// <summary>
/// The templates of a small spec loaded and rendered on another core as soon as the base spec is bound, while it is
/// validated and its environments checked. A small spec's run is mostly the first use of each part of the code, so
/// the render no longer waits for the check; the result is used only when the check passes, exactly as if it had been
/// made after it (the render reads nothing the check decides). Larger specs keep to <see cref="Rendering.Model.ModelInAdvance"/>:
/// their rendered outputs would be held beside the check's data, and the check already has both cores from
/// <see cref="Validation.SpecValidator.ParallelFrom"/> ports on.
/// </summary>
internal sealed class RenderInAdvance(GenerationOptions options) : IDisposable
{
    private readonly CancellationTokenSource _abandon = new();
    private SpecSet? _specs;
    private Task<RenderStageResult>? _stage;
    private int _taken;

    /// <summary>Starts rendering <paramref name="specs"/> when it is small; false, and nothing started, when it is not.</summary>
    public bool TryStart(SpecSet specs)
    {
        if (_stage is not null || specs.Root.Ports.Count() >= Validation.SpecValidator.ParallelFrom)
        {
            return false;
        }

        _specs = specs;
        // Not a pool thread, whose stack is smaller: templates render here as deep as after the check.
        _stage = SideBySide.Start(() => RenderStage.Run(options, specs, model: null, _abandon.Token));
        return true;
    }

    /// <summary>The result for <paramref name="specs"/> the first time it is asked for; null for another spec, after that, or when none was started.</summary>
    public RenderStageResult? TakeFor(SpecSet specs)
        => _stage is not null && ReferenceEquals(specs, _specs) && Interlocked.Exchange(ref _taken, 1) == 0
            ? _stage.GetAwaiter().GetResult() // a bug of ours while rendering is thrown here, as it would have been after the check
            : null;

    /// <summary>Stops a render nothing took (the check found errors) and waits for it, so no work outlives the run.</summary>
    public void Dispose()
    {
        if (_stage is not null)
        {
            _abandon.Cancel();
            Task.WaitAny(_stage); // does not throw: what a render abandoned with its spec did is never seen
        }

        _abandon.Dispose();
    }
}
