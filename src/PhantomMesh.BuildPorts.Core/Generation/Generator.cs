using PhantomMesh.BuildPorts.Diagnostics;
using PhantomMesh.BuildPorts.Output;
using PhantomMesh.BuildPorts.Rendering.Model;
using PhantomMesh.BuildPorts.Rendering.Sandbox;
using PhantomMesh.BuildPorts.Spec;
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

        // Beside the check of the base and its environments: a small base spec is rendered, a larger one's model built.
        using var model = new ModelInAdvance();
        using var render = new RenderInAdvance(options);
        var validation = new ValidationOptions { WarningsAsErrors = options.WarningsAsErrors };
        var check = options.Environment is null
            ? SpecCheck.RunAll(options.SpecPath, validation, options.ValidateOnly ? null : specs => StartInAdvance(specs, render, model))
            : SpecCheck.Run(options.SpecPath, validation, options.Environment);
        var inputs = InputFiles(check, options.SpecPath);
        var readCompose = check.CheckedSets.SelectMany(set => set.All).Any(spec => spec.Format == SpecFormat.Compose);
        var diagnostics = new List<Diagnostic>(check.Diagnostics);
        GenerationResult Result(IReadOnlyList<GeneratedFile> outputs, WritePlan? written)
            => new(diagnostics, check.Specs, outputs, written, inputs) { SuppressedCount = check.SuppressedCount, ReadComposeFiles = readCompose };

        if (check.HasErrors || options.ValidateOnly)
        {
            return Result([], null);
        }

        var early = render.TakeFor(check.Specs!);
        if (early is not null)
        {
            options.RenderTakenInAdvance?.Invoke();
        }

        var stage = early ?? RenderStage.Run(options, check.Specs!, model, CancellationToken.None);
        inputs.AddRange(stage.TemplateInputs);
        diagnostics.AddRange(stage.Diagnostics);
        if (stage.Files is not { } files)
        {
            return Result([], null);
        }

        WritePlan plan;
        if (options.DryRun)
        {
            plan = OutputWriter.Plan(options.ResolvedOutputFolder, files, options.FileSystem);
            diagnostics.AddRange(plan.Diagnostics);
        }
        else
        {
            var written = OutputWriter.Write(options.ResolvedOutputFolder, files, options.FileSystem);
            plan = written.Plan;
            diagnostics.AddRange(written.Diagnostics);
        }

        return Result(files, plan);
    }

    private static void StartInAdvance(SpecSet specs, RenderInAdvance render, ModelInAdvance model)
    {
        if (!render.TryStart(specs))
        {
            model.Start(specs);
        }
    }

    /// <summary>Every spec file the check read (each environment may include other specs), the spec first.</summary>
    private static List<string> InputFiles(SpecCheckResult check, string specPath)
    {
        var files = check.CheckedSets.SelectMany(set => set.All).SelectMany(s => s.SourceFiles).Distinct(StringComparer.Ordinal).ToList();
        return files.Count == 0 ? [Path.GetFullPath(specPath)] : files;
    }
}
