namespace PhantomMesh.BuildPorts.Output;

/// <summary>The public plan with what carrying it out needs: the bytes to write and the manifest as found.</summary>
internal sealed record OutputPlan(
    WritePlan Plan,
    IReadOnlyList<OutputTarget> Targets,
    IReadOnlyList<PlannedChange> Changes,
    ManifestState Manifest);
