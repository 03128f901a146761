using PhantomMesh.BuildPorts.Diagnostics;
using PhantomMesh.BuildPorts.Output;
using PhantomMesh.BuildPorts.Rendering.Regions;
using PhantomMesh.BuildPorts.Rendering.Sandbox;
using PhantomMesh.BuildPorts.Spec;

namespace PhantomMesh.BuildPorts.Rendering;

/// <summary>
/// Stage 3 of the pipeline: renders every template of the set against the validated spec, in
/// memory. Nothing is written here; a failing template is a diagnostic at its file, line and column.
/// Everything one render needs is made by <see cref="Render"/> and dropped after it, so one renderer can render
/// again, or from two threads at once.
/// </summary>
public sealed class TemplateRenderer(TemplateSet templates, string outputFolder, RenderLimits? limits = null)
{
    private readonly RenderLimits _limits = limits ?? RenderLimits.Default;

    public RenderResult Render(SpecSet specs)
    {
        using var deadline = new CancellationTokenSource(_limits.Time);
        var diagnostics = new DiagnosticBag();
        var sandbox = new RenderSandbox(specs, templates, _limits, deadline.Token);
        var locations = new TemplateLocations(sandbox.Loader);
        var run = new TemplateRun(sandbox, new TemplateFailures(locations, _limits, diagnostics), locations, diagnostics);

        var outputs = new List<(GeneratedFile File, TemplateSource Template)>();
        var regions = new List<RegionEdit>();
        foreach (var source in templates.Renderable)
        {
            run.Render(source, outputs, regions);
        }

        var files = OutputOverrides.Resolve(outputs).Concat(RegionApplier.Apply(regions, new RegionTargets(outputFolder), diagnostics));
        return new RenderResult(files.OrderBy(f => f.RelativePath, StringComparer.Ordinal).ToList(), diagnostics.Items);
    }
}
