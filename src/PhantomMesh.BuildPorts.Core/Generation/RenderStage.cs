using PhantomMesh.BuildPorts.Diagnostics;
using PhantomMesh.BuildPorts.Output;
using PhantomMesh.BuildPorts.Rendering;
using PhantomMesh.BuildPorts.Rendering.Model;
using PhantomMesh.BuildPorts.Spec;

namespace PhantomMesh.BuildPorts.Generation;

/// <summary>
/// What the stages after the check found and made: the templates' problems, then the render's; the project's
/// template files read; the rendered files, or null when either stage found an error (nothing is written then).
/// </summary>
internal sealed record RenderStageResult(IReadOnlyList<Diagnostic> Diagnostics, IReadOnlyList<string> TemplateInputs, IReadOnlyList<GeneratedFile>? Files);

/// <summary>Loads the templates and renders them against a checked spec, in memory.</summary>
internal static class RenderStage
{
    public static RenderStageResult Run(GenerationOptions options, SpecSet specs, ModelInAdvance? model, CancellationToken abandon)
    {
        var bag = new DiagnosticBag();
        if (options.TemplatesFolderRequired && !Directory.Exists(options.ResolvedTemplatesFolder))
        {
            bag.Add(DiagnosticCatalog.TemplatesUnreadable, SourceLocation.StartOf(options.ResolvedTemplatesFolder),
                $"The templates folder '{options.ResolvedTemplatesFolder}' does not exist; create it, correct the path, or leave the setting out to use the built-in templates only.");
        }

        var templates = TemplateSetLoader.Load(options.ResolvedTemplatesFolder, bag, options.IncludeBuiltInTemplates);
        var inputs = templates.All.Where(t => !t.IsBuiltIn).Select(t => t.DisplayPath).ToList();
        if (bag.HasErrors)
        {
            return new RenderStageResult(bag.Items, inputs, null);
        }

        var rendered = new TemplateRenderer(templates, options.ResolvedOutputFolder, options.Limits) { ModelInAdvance = model, Abandon = abandon }.Render(specs);
        return new RenderStageResult([.. bag.Items, .. rendered.Diagnostics], inputs, rendered.HasErrors ? null : rendered.Files);
    }
}
