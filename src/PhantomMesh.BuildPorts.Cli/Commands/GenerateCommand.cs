using System.CommandLine;
using PhantomMesh.BuildPorts.Cli.Formatting;
using PhantomMesh.BuildPorts.Generation;

namespace PhantomMesh.BuildPorts.Cli.Commands;

/// <summary><c>phantom-gen generate</c>: render every template and write the outputs (or show what would change).</summary>
internal static class GenerateCommand
{
    public static Command Create(CommandContext context)
    {
        var spec = CommonOptions.Spec();
        var environment = CommonOptions.Environment("Generate this environment's files ([environments.NAME] of the spec), checking it alone. Default: the base spec's files, after checking the base and every environment.");
        var templates = CommonOptions.Templates();
        var output = CommonOptions.Out();
        var warningsAsErrors = CommonOptions.WarningsAsErrors();
        var dryRun = new Option<bool>("--dry-run") { Description = "List the files that would be created, updated or deleted; write nothing." };
        var check = new Option<bool>("--check")
        {
            Description = "Write nothing; print a unified diff and exit 1 when the files on disk differ from what would be generated (for repositories that commit generated files).",
        };
        var command = new Command("generate", "Validate the spec, render the templates and write the outputs: all of them or, on any error, none.")
        {
            spec, environment, templates, output, dryRun, check, warningsAsErrors,
        };
        command.SetAction(result =>
        {
            var specPath = context.ResolveSpec(result.GetValue(spec));
            if (specPath is null)
            {
                return ExitCodes.UsageOrIo;
            }

            var options = new GenerationOptions
            {
                SpecPath = specPath,
                Environment = result.GetValue(environment),
                TemplatesFolder = context.ResolveFolder(result.GetValue(templates)),
                TemplatesFolderRequired = result.GetValue(templates) is not null,
                OutputFolder = context.ResolveFolder(result.GetValue(output)),
                WarningsAsErrors = result.GetValue(warningsAsErrors),
                DryRun = result.GetValue(dryRun) || result.GetValue(check),
            };
            return Run(context, options, result.GetValue(check));
        });
        return command;
    }

    private static int Run(CommandContext context, GenerationOptions options, bool checkOnly)
    {
        using var hold = CollectionHold.ForGenerate(options.SpecPath);
        var result = Generator.Run(options);
        DiagnosticPrinter.Print(context, result.Diagnostics, DiagnosticFormat.Text);
        if (!result.Succeeded || result.Plan is not { } plan)
        {
            return ExitCodes.ForErrors(result.Specs, result.Diagnostics);
        }

        var output = context.Console.Out;
        var folder = context.Display(options.ResolvedOutputFolder);
        if (checkOnly)
        {
            return DriftReport.Write(context, options.SpecPath, options.ResolvedOutputFolder, result.Files, plan) ? ExitCodes.Failure : ExitCodes.Success;
        }

        if (options.DryRun)
        {
            foreach (var (verb, paths) in new[] { ("create", plan.Created), ("update", plan.Updated), ("delete", plan.Deleted) })
            {
                foreach (var path in paths)
                {
                    output.WriteLine($"would {verb} {Path.Combine(folder, path)}");
                }
            }
        }

        var createdVerb = options.DryRun ? "would be" : plan.Created.Count == 1 ? "was" : "were";
        output.WriteLine($"{folder}: {Summary.Plural(result.Files.Count, "file")}; {plan.Created.Count} {createdVerb} created, {plan.Updated.Count} updated, " +
                         $"{plan.Deleted.Count} deleted, {plan.Unchanged.Count} unchanged.");
        return ExitCodes.Success;
    }
}
