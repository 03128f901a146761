using PhantomMesh.BuildPorts.Diagnostics;

namespace PhantomMesh.BuildPorts.Validation;

public sealed record ValidationResult(IReadOnlyList<Diagnostic> Diagnostics, int SuppressedCount)
{
    public bool HasErrors => Diagnostics.Any(d => d.IsError);
}
