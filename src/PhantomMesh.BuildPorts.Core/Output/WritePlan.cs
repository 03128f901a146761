using PhantomMesh.BuildPorts.Diagnostics;

namespace PhantomMesh.BuildPorts.Output;

/// <summary>
/// What writing the generated files would change in the output folder. Every list holds relative paths
/// with '/' separators, sorted ordinally. <see cref="Diagnostics"/> holds the problems that stop the write.
/// </summary>
public sealed record WritePlan(
    IReadOnlyList<string> Created,
    IReadOnlyList<string> Updated,
    IReadOnlyList<string> Unchanged,
    IReadOnlyList<string> Deleted,
    IReadOnlyList<Diagnostic> Diagnostics)
{
    public bool HasChanges => Created.Count > 0 || Updated.Count > 0 || Deleted.Count > 0;

    public bool CanWrite => !Diagnostics.Any(d => d.IsError);
}
