using PhantomMesh.BuildPorts.Output.Planning;

namespace PhantomMesh.BuildPorts.Output.Commit;

/// <summary>The file operation that failed and the operating system's reason.</summary>
internal sealed record FileFailure(PlannedChange Change, Exception Error);
