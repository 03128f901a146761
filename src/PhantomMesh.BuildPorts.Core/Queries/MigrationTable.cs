using PhantomMesh.BuildPorts.Spec;

namespace PhantomMesh.BuildPorts.Queries;

/// <summary>Every port of the spec with the host port it replaces, in host-port order.</summary>
internal static class MigrationTable
{
    public static IReadOnlyList<MigrationRow> Compute(PortSpec spec)
        => spec.Ports
            .InHostPortOrder()
            .Select(p => new MigrationRow(p.Title, p.Container.Name, p.OldPort?.Value, p.HostPort.Value, p.ContainerPort.Value, p.Protocol.Value))
            .ToList();
}
