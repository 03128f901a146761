using PhantomMesh.BuildPorts.Spec;
using Scriban.Runtime;

namespace PhantomMesh.BuildPorts.Rendering.Model;

/// <summary>
/// The template model of a bound spec, built on another core while the spec is still being validated and its
/// environments checked: neither needs the other. The first render of that spec takes it instead of building its own;
/// a template may write into a model, so it is taken once. Disposing waits for the build, so no work outlives the run.
/// </summary>
internal sealed class ModelInAdvance : IDisposable
{
    private SpecSet? _specs;
    private Task<ScriptObject>? _model;
    private int _taken;

    /// <summary>Starts building the model of <paramref name="specs"/>; the first call only.</summary>
    public void Start(SpecSet specs)
    {
        if (_model is null)
        {
            _specs = specs;
            _model = Task.Run(() => TemplateModelBuilder.Build(specs));
        }
    }

    /// <summary>The model of <paramref name="specs"/> the first time it is asked for; null for another spec, after that, or when none was started.</summary>
    public ScriptObject? TakeFor(SpecSet specs)
        => _model is not null && ReferenceEquals(specs, _specs) && Interlocked.Exchange(ref _taken, 1) == 0
            ? _model.GetAwaiter().GetResult() // a bug of ours while building it is thrown here, as it would have been by the render
            : null;

    /// <summary>Waits for a model that was started (a render may have taken it, or the check found errors and nothing will).</summary>
    public void Dispose()
    {
        if (_model is not null)
        {
            // WaitAny does not throw: a spec the check refused may make the builder throw, and nothing renders it then.
            Task.WaitAny(_model);
        }
    }
}
