using PhantomMesh.BuildPorts.Diagnostics;
using PhantomMesh.BuildPorts.Output;
using PhantomMesh.BuildPorts.Rendering;
using PhantomMesh.BuildPorts.Rendering.Model;
using PhantomMesh.BuildPorts.Rendering.Sandbox;
using PhantomMesh.BuildPorts.Validation;

namespace PhantomMesh.BuildPorts.Generation;

/// <summary>
/// The whole pipeline: load and validate the spec, render the templates in memory, write the
/// outputs. Each stage runs only when the one before it found no error, so a collision or a
/// broken template leaves the output folder as it was.
/// </summary>
public static class Generator
{
    public static GenerationResult Run(GenerationOptions options)
    {
        if (!options.ValidateOnly)
        {
            BuiltinsWarmUp.Start();
        }

        // The base spec's model is built on another core while the base is validated and its environments checked.
        using var model = new ModelInAdvance();
        var validation = new ValidationOptions { WarningsAsErrors = options.WarningsAsErrors };
        var check = options.Environment is null
            ? SpecCheck.RunAll(options.SpecPath, validation, options.ValidateOnly ? null : model.Start)
            : SpecCheck.Run(options.SpecPath, validation, options.Environment);
        var inputs = InputFiles(check, options.SpecPath);
        var diagnostics = new List<Diagnostic>(check.Diagnostics);
        if (check.HasErrors || options.ValidateOnly)
        {
            return new GenerationResult(diagnostics, check.Specs, [], null, inputs) { SuppressedCount = check.SuppressedCount };
        }

        var bag = new DiagnosticBag();
        if (options.TemplatesFolderRequired && !Directory.Exists(options.ResolvedTemplatesFolder))
        {
            bag.Add(DiagnosticCatalog.TemplatesUnreadable, SourceLocation.StartOf(options.ResolvedTemplatesFolder),
                $"The templates folder '{options.ResolvedTemplatesFolder}' does not exist; create it, correct the path, or leave the setting out to use the built-in templates only.");
        }

        var templates = TemplateSetLoader.Load(options.ResolvedTemplatesFolder, bag, options.IncludeBuiltInTemplates);
        inputs.AddRange(templates.All.Where(t => !t.IsBuiltIn).Select(t => t.DisplayPath));
        diagnostics.AddRange(bag.Items);
        if (bag.HasErrors)
        {
            return new GenerationResult(diagnostics, check.Specs, [], null, inputs) { SuppressedCount = check.SuppressedCount };
        }

        var rendered = new TemplateRenderer(templates, options.ResolvedOutputFolder, options.Limits) { ModelInAdvance = model }.Render(check.Specs!);
        diagnostics.AddRange(rendered.Diagnostics);
        if (rendered.HasErrors)
        {
            return new GenerationResult(diagnostics, check.Specs, [], null, inputs) { SuppressedCount = check.SuppressedCount };
        }

        WritePlan plan;
        if (options.DryRun)
        {
            plan = OutputWriter.Plan(options.ResolvedOutputFolder, rendered.Files, options.FileSystem);
            diagnostics.AddRange(plan.Diagnostics);
        }
        else
        {
            var written = OutputWriter.Write(options.ResolvedOutputFolder, rendered.Files, options.FileSystem);
            plan = written.Plan;
            diagnostics.AddRange(written.Diagnostics);
        }

        return new GenerationResult(diagnostics, check.Specs, rendered.Files, plan, inputs) { SuppressedCount = check.SuppressedCount };
    }

    /// <summary>Every spec file the check read (each environment may include other specs), the spec first.</summary>
    private static List<string> InputFiles(SpecCheckResult check, string specPath)
    {
        var files = check.CheckedSets.SelectMany(set => set.All).SelectMany(s => s.SourceFiles).Distinct(StringComparer.Ordinal).ToList();
        return files.Count == 0 ? [Path.GetFullPath(specPath)] : files;
    }
}
