using PhantomMesh.BuildPorts.Diagnostics;
using PhantomMesh.BuildPorts.Spec;

namespace PhantomMesh.BuildPorts.Loading;

/// <summary>What loading found: the specs (null when the root spec could not be read at all) and the problems.</summary>
public sealed record SpecLoadResult(SpecSet? Specs, IReadOnlyList<Diagnostic> Diagnostics)
{
    public bool HasErrors => Specs is null || Diagnostics.Any(d => d.IsError);
}
