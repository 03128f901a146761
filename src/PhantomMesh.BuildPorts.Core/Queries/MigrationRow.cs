using PhantomMesh.BuildPorts.Spec;

namespace PhantomMesh.BuildPorts.Queries;

/// <summary>One line of the old → new port table.</summary>
internal sealed record MigrationRow(string Title, string Container, int? OldPort, int NewPort, int ContainerPort, Protocol Protocol)
{
    public bool Changed => OldPort != NewPort;
}
