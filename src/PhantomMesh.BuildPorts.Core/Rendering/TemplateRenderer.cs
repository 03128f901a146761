using System.Runtime.ExceptionServices;
using PhantomMesh.BuildPorts.Diagnostics;
using PhantomMesh.BuildPorts.Output;
using PhantomMesh.BuildPorts.Rendering.Model;
using PhantomMesh.BuildPorts.Rendering.Regions;
using PhantomMesh.BuildPorts.Rendering.Sandbox;
using PhantomMesh.BuildPorts.Spec;
using PhantomMesh.BuildPorts.Threading;
using Scriban;

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

    /// <summary>Where the render's deadline reads the time; tests stand in for it.</summary>
    internal TimeProvider Clock { get; init; } = TimeProvider.System;

    /// <summary>A model built beside the check (<see cref="Rendering.Model.ModelInAdvance"/>); the render builds its own without one.</summary>
    internal ModelInAdvance? ModelInAdvance { get; init; }

    /// <summary>Cancelled when nothing will use this render (<see cref="Generation.RenderInAdvance"/>): it stops as at its time limit.</summary>
    internal CancellationToken Abandon { get; init; }

    /// <summary>Whether built-in templates that also exist as .NET code may render by it (<see cref="Compiled.CompiledTemplates"/>); tests turn it off to compare.</summary>
    internal bool UseCompiledTemplates { get; init; } = true;

    /// <summary>Told the name of each template rendered by its .NET code, so tests can see that it was.</summary>
    internal Action<string>? CompiledTemplateUsed { get; init; }

    public RenderResult Render(SpecSet specs)
    {
        using var deadline = new RenderDeadline(_limits.TimeFor(specs.Root.Ports.Count()), Clock);
        using var abandoned = Abandon.Register(deadline.Cancel);
        var model = ModelInAdvance?.TakeFor(specs) ?? TemplateModelBuilder.Build(specs);
        var sandbox = new RenderSandbox(model, templates, _limits, deadline) { UseCompiledTemplates = UseCompiledTemplates, CompiledTemplateUsed = CompiledTemplateUsed };
        var locations = new TemplateLocations(sandbox.Loader);
        var sources = templates.Renderable.ToList();
        var renders = sources.Select(source => new OneTemplate(source, sandbox, locations, _limits)).ToList();

        // Templates are independent unless one may write into the model they share: then one after the other, in name order.
        sandbox.TemplatesCannotWriteModel = !(sandbox.ModelMayBeWritten || renders.Any(r => r.Template is { } parsed && SharedModelWrites.Possible(parsed)));
        if (!sandbox.TemplatesCannotWriteModel)
        {
            renders.ForEach(r => r.Run());
        }
        else
        {
            sandbox.ShareBuiltins();
            SideBySide.Run(renders, r => r.Run());
        }

        // Gathered in template order, so diagnostics and outputs are the same whichever template finished first.
        var diagnostics = new DiagnosticBag();
        var outputs = new List<(GeneratedFile File, TemplateSource Template)>();
        var regions = new List<RegionEdit>();
        foreach (var render in renders)
        {
            render.Failure?.Throw(); // a bug of ours, thrown as the first template in order to meet it would have thrown it
            render.Diagnostics.Items.ToList().ForEach(diagnostics.Add);
            outputs.AddRange(render.Outputs);
            regions.AddRange(render.Regions);
        }

        var files = OutputOverrides.Resolve(outputs).Concat(RegionApplier.Apply(regions, new RegionTargets(outputFolder), diagnostics));
        return new RenderResult(files.OrderBy(f => f.RelativePath, StringComparer.Ordinal).ToList(), diagnostics.Items);
    }

    /// <summary>One template's render, parsed up front; what it produced is kept apart until every template is done.</summary>
    private sealed class OneTemplate
    {
        private readonly TemplateSource _source;
        private readonly TemplateRun _run;

        public OneTemplate(TemplateSource source, RenderSandbox sandbox, TemplateLocations locations, RenderLimits limits)
        {
            _source = source;
            _run = new TemplateRun(sandbox, new TemplateFailures(locations, limits, sandbox.Deadline.Limit, Diagnostics), locations, Diagnostics);
            Template = _run.Parse(source);
        }

        public Template? Template { get; }

        public DiagnosticBag Diagnostics { get; } = new();

        public List<(GeneratedFile File, TemplateSource Template)> Outputs { get; } = [];

        public List<RegionEdit> Regions { get; } = [];

        public ExceptionDispatchInfo? Failure { get; private set; }

        public void Run()
        {
            if (Template is null)
            {
                return;
            }

            try
            {
                _run.Render(_source, Template, Outputs, Regions);
            }
            catch (Exception exception)
            {
                Failure = ExceptionDispatchInfo.Capture(exception);
            }
        }
    }
}
