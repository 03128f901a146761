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

    /// <summary>The environment to generate ([environments.NAME] of the spec); empty generates the base spec after checking every environment.</summary>
    public string? Environment { get; set; }

    [Required]
    public string OutputDirectory { get; set; } = string.Empty;

    public bool ValidateOnly { get; set; }

    public bool WarningsAsErrors { get; set; }

    /// <summary>The project set PhantomPortsTemplates itself: a missing folder is then an error, not "built-ins only".</summary>
    public bool TemplatesDirectoryRequired { get; set; }

    /// <summary>Render the built-in templates as well as the project's (true by default).</summary>
    public bool BuiltInTemplates { get; set; } = true;

    /// <summary>The spec, its included specs and the project's templates, for incremental builds.</summary>
    [Output]
    public ITaskItem[] InputFiles { get; private set; } = [];

    /// <summary>Every file the run generated (written or found unchanged), full paths.</summary>
    [Output]
    public ITaskItem[] GeneratedFiles { get; private set; } = [];

    /// <summary>The run read a Compose file, so its result may depend on more than the files it read (<see cref="GenerationResult.ReadComposeFiles"/>).</summary>
    [Output]
    public bool ReadComposeFiles { get; private set; }

    public override bool Execute()
    {
        var environment = string.IsNullOrWhiteSpace(Environment) ? null : Environment.Trim();
        var result = Generator.Run(new GenerationOptions
        {
            SpecPath = SpecPath,
            Environment = environment,
            TemplatesFolder = string.IsNullOrWhiteSpace(TemplatesDirectory) ? null : TemplatesDirectory,
            OutputFolder = OutputDirectory,
            ValidateOnly = ValidateOnly,
            WarningsAsErrors = WarningsAsErrors,
            IncludeBuiltInTemplates = BuiltInTemplates,
            TemplatesFolderRequired = TemplatesDirectoryRequired,
        });

        new DiagnosticLogger(Log).LogAll(result.Diagnostics);
        ReadComposeFiles = result.ReadComposeFiles;
        InputFiles = [.. result.InputFiles.Select(f => new Microsoft.Build.Utilities.TaskItem(f))];
        var outputFolder = Path.GetFullPath(OutputDirectory);
        GeneratedFiles = [.. result.Files.Select(f => new Microsoft.Build.Utilities.TaskItem(Path.Combine(outputFolder, f.RelativePath)))];
        if (result.Succeeded)
        {
            LogSummary(result, environment, outputFolder);
        }

        return result.Succeeded && !Log.HasLoggedErrors;
    }

    /// <summary>
    /// One line per run, "PhantomMesh.BuildPorts: ..."; at high importance when files changed, so that
    /// <c>dotnet build</c> shows it like the "project -> path" line of a compiled project.
    /// </summary>
    private void LogSummary(GenerationResult result, string? environment, string output)
    {
        var spec = Path.GetFileName(SpecPath) + (environment is null ? string.Empty : $" (environment {environment})");
        if (ValidateOnly)
        {
            Log.LogMessage(MessageImportance.Normal, $"{MessagePrefix}{spec} checked, nothing written (validate only)");
            return;
        }

        if (result.Plan is { HasChanges: true } plan)
        {
            Log.LogMessage(MessageImportance.High,
                $"{MessagePrefix}{spec} -> {output} ({plan.Created.Count} created, {plan.Updated.Count} updated, "
                + $"{plan.Deleted.Count} deleted, {plan.Unchanged.Count} unchanged)");
        }
        else
        {
            Log.LogMessage(MessageImportance.Normal, $"{MessagePrefix}{spec} -> {output} ({result.Files.Count} files, all unchanged)");
        }
    }

    /// <summary>Starts every summary line, so that logs can be searched for runs of the generator.</summary>
    public const string MessagePrefix = "PhantomMesh.BuildPorts: ";
}
