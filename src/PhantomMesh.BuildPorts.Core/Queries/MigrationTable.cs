using PhantomMesh.BuildPorts.Spec;

namespace PhantomMesh.BuildPorts.Queries;

/// <summary>Every port of the spec with the host port it replaces, in host-port order.</summary>
internal static class MigrationTable
{
    public static IReadOnlyList<MigrationRow> Compute(PortSpec spec) => Rows(spec.Ports.InHostPortOrder());

    /// <summary>The rows of <paramref name="portsInHostPortOrder"/>, for a caller that has sorted the spec's ports already.</summary>
    public static IReadOnlyList<MigrationRow> Rows(IEnumerable<PortMapping> portsInHostPortOrder)
        => portsInHostPortOrder
            .Select(p => new MigrationRow(p.Title, p.Container.Name, p.OldPort?.Value, p.HostPort.Value, p.ContainerPort.Value, p.Protocol.Value))
            .ToList();
}
