using PhantomMesh.BuildPorts.Output.Manifests;
using PhantomMesh.BuildPorts.Output.Targets;

namespace PhantomMesh.BuildPorts.Output.Planning;

/// <summary>The public plan with what carrying it out needs: the bytes to write and the manifest as found.</summary>
internal sealed record PreparedWrite(
    WritePlan Plan,
    IReadOnlyList<OutputTarget> Targets,
    IReadOnlyList<PlannedChange> Changes,
    Manifest Manifest);
