using PhantomMesh.BuildPorts.Diagnostics;

namespace PhantomMesh.BuildPorts.Output;

/// <summary>The generated files a clean deleted (relative paths, sorted ordinally) and the ones it could not.</summary>
public sealed record CleanResult(IReadOnlyList<string> Deleted, IReadOnlyList<Diagnostic> Diagnostics)
{
    public bool Succeeded => !Diagnostics.Any(d => d.IsError);
}
