using PhantomMesh.BuildPorts.Spec;
using Scriban.Runtime;

namespace PhantomMesh.BuildPorts.Rendering.Model;

/// <summary>
/// The template model of a bound spec, built on another core while the spec is still being validated and its
/// environments checked: neither needs the other. The first render of that spec takes it instead of building its own;
/// a template may write into a model, so it is taken once.
/// </summary>
internal sealed class ModelInAdvance
{
    private readonly Task<ScriptObject> _model;
    private int _taken;

    private ModelInAdvance(SpecSet specs)
    {
        Specs = specs;
        _model = Task.Run(() => TemplateModelBuilder.Build(specs));
    }

    private SpecSet Specs { get; }

    public static ModelInAdvance Start(SpecSet specs) => new(specs);

    /// <summary>The model of <paramref name="specs"/> the first time it is asked for; null for another spec or after that.</summary>
    public ScriptObject? TakeFor(SpecSet specs)
        => ReferenceEquals(specs, Specs) && Interlocked.Exchange(ref _taken, 1) == 0
            ? _model.GetAwaiter().GetResult() // a bug of ours while building it is thrown here, as it would have been by the render
            : null;

    /// <summary>Waits for the model when the run ends, so no work of it outlives the run (the check found errors, or the render took it).</summary>
    public void Abandon()
    {
        try
        {
            _model.Wait();
        }
        catch (AggregateException)
        {
            // Nothing renders it: a spec the check refused may make the builder throw; the check's errors are what the run reports.
        }
    }
}
