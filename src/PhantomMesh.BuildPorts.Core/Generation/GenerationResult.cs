using PhantomMesh.BuildPorts.Diagnostics;
using PhantomMesh.BuildPorts.Output;
using PhantomMesh.BuildPorts.Rendering;
using PhantomMesh.BuildPorts.Spec;

namespace PhantomMesh.BuildPorts.Generation;

/// <summary>Everything one run found and did, for the task and the CLI to report.</summary>
public sealed record GenerationResult(
    IReadOnlyList<Diagnostic> Diagnostics,
    SpecSet? Specs,
    IReadOnlyList<GeneratedFile> Files,
    WritePlan? Plan,
    IReadOnlyList<string> InputFiles)
{
    public bool Succeeded => !Diagnostics.Any(d => d.IsError);

    public int SuppressedCount { get; init; }

    /// <summary>
    /// The check read a Compose file, whose ports may come from environment variables or a .env that did not exist:
    /// inputs the files read do not show, so the same files do not mean the same result.
    /// </summary>
    public bool ReadComposeFiles { get; init; }
}
