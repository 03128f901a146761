using PhantomMesh.BuildPorts.Output;
using PhantomMesh.BuildPorts.Rendering;

namespace PhantomMesh.BuildPorts.Generation;

/// <summary>What to generate from where: the settings the MSBuild task and the CLI both expose.</summary>
public sealed record GenerationOptions
{
    public required string SpecPath { get; init; }

    /// <summary>The project's templates; defaults to <c>templates/</c> beside the spec. A missing folder means built-ins only.</summary>
    public string? TemplatesFolder { get; init; }

    /// <summary>Where the outputs go; defaults to <c>artifacts/deploy/</c> beside the spec.</summary>
    public string? OutputFolder { get; init; }

    /// <summary>
    /// The templates folder was named by the user, so a missing folder is an error (PM3010) rather
    /// than "built-in templates only", which is what a missing default folder means.
    /// </summary>
    public bool TemplatesFolderRequired { get; init; }

    public bool WarningsAsErrors { get; init; }

    /// <summary>
    /// The environment to generate. Null generates the base spec after checking the base and every
    /// environment, so a problem in any environment fails the run as it fails <c>phantom-gen check</c>.
    /// </summary>
    public string? Environment { get; init; }

    /// <summary>Check the spec only: no rendering, nothing written.</summary>
    public bool ValidateOnly { get; init; }

    /// <summary>Render and plan, but write nothing.</summary>
    public bool DryRun { get; init; }

    public bool IncludeBuiltInTemplates { get; init; } = true;

    public RenderLimits? Limits { get; init; }

    /// <summary>For tests that simulate failing disks; null is the real file system.</summary>
    internal IOutputFileSystem? FileSystem { get; init; }

    /// <summary>Told when the run takes the render made beside the check (<see cref="RenderInAdvance"/>), so tests can see that it did.</summary>
    internal Action? RenderTakenInAdvance { get; init; }

    public string ResolvedTemplatesFolder => Path.GetFullPath(TemplatesFolder ?? Path.Combine(SpecFolder, "templates"));

    public string ResolvedOutputFolder => Path.GetFullPath(OutputFolder ?? Path.Combine(SpecFolder, "artifacts", "deploy"));

    private string SpecFolder => Path.GetDirectoryName(Path.GetFullPath(SpecPath))!;
}
