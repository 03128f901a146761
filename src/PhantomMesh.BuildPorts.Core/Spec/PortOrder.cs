namespace PhantomMesh.BuildPorts.Spec;

/// <summary>The one order ports are listed in everywhere (tables, generated files, checks): by host port, then protocol, container and name.</summary>
public static class PortOrder
{
    public static IOrderedEnumerable<PortMapping> InHostPortOrder(this IEnumerable<PortMapping> ports)
        => ports
            .OrderBy(p => p.HostPort.Value)
            .ThenBy(p => p.Protocol.Value)
            .ThenBy(p => p.Container.Name, StringComparer.Ordinal)
            .ThenBy(p => p.Name.Value, StringComparer.Ordinal);
}
