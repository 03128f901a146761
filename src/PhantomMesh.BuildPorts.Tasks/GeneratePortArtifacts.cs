using Microsoft.Build.Framework;
using PhantomMesh.BuildPorts.Generation;

namespace PhantomMesh.BuildPorts.Tasks;

/// <summary>
/// Validates ports.toml and renders the deployment files from it. A thin adapter: every
/// decision is Core's; this class only maps MSBuild properties in and diagnostics out.
/// </summary>
public sealed class GeneratePortArtifacts : Microsoft.Build.Utilities.Task
{
    [Required]
    public string SpecPath { get; set; } = string.Empty;

    public string? TemplatesDirectory { get; set; }

    [Required]
    public string OutputDirectory { get; set; } = string.Empty;

    public bool ValidateOnly { get; set; }

    public bool WarningsAsErrors { get; set; }

    /// <summary>The spec, its included specs and the project's templates, for incremental builds.</summary>
    [Output]
    public ITaskItem[] InputFiles { get; private set; } = [];

    /// <summary>Every file the run wrote or found up to date, for FileWrites.</summary>
    [Output]
    public ITaskItem[] GeneratedFiles { get; private set; } = [];

    public override bool Execute()
    {
        var result = Generator.Run(new GenerationOptions
        {
            SpecPath = SpecPath,
            TemplatesFolder = string.IsNullOrWhiteSpace(TemplatesDirectory) ? null : TemplatesDirectory,
            OutputFolder = OutputDirectory,
            ValidateOnly = ValidateOnly,
            WarningsAsErrors = WarningsAsErrors,
        });

        new DiagnosticLogger(Log).LogAll(result.Diagnostics);
        InputFiles = [.. result.InputFiles.Select(f => new Microsoft.Build.Utilities.TaskItem(f))];
        GeneratedFiles = [.. result.Files.Select(f => new Microsoft.Build.Utilities.TaskItem(Path.Combine(Path.GetFullPath(OutputDirectory), f.RelativePath)))];
        if (result.Succeeded)
        {
            var summary = ValidateOnly
                ? $"{Path.GetFileName(SpecPath)}: no port collisions"
                : $"{Path.GetFileName(SpecPath)}: {result.Files.Count} files up to date in {OutputDirectory}"
                  + (result.Plan is { HasChanges: true } plan ? $" ({plan.Created.Count} created, {plan.Updated.Count} updated, {plan.Deleted.Count} deleted)" : string.Empty);
            Log.LogMessage(MessageImportance.Normal, summary);
        }

        return result.Succeeded && !Log.HasLoggedErrors;
    }
}
