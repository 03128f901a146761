using PhantomMesh.BuildPorts.Diagnostics;

namespace PhantomMesh.BuildPorts.Output;

/// <summary>The plan that was carried out and every problem met on the way, including the plan's own.</summary>
public sealed record WriteResult(WritePlan Plan, IReadOnlyList<Diagnostic> Diagnostics)
{
    public bool Succeeded => !Diagnostics.Any(d => d.IsError);
}
