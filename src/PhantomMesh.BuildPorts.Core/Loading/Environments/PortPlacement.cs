using PhantomMesh.BuildPorts.Diagnostics;
using PhantomMesh.BuildPorts.Loading.Toml;
using PhantomMesh.BuildPorts.Spec;

namespace PhantomMesh.BuildPorts.Loading.Environments;

/// <summary>
/// Applies the environment's own <c>host_ip</c> to every published port the environment does not
/// give an address itself, and records which override placed each port on the host, so a
/// collision that only an environment causes is reported at the override's line.
/// </summary>
internal static class PortPlacement
{
    private static readonly string[] PlacementKeys = ["host_port", "host_ip", "exposure", "protocol"];

    public static PortSpec Apply(PortSpec spec, EnvironmentSettings settings, TomlTableNode overrides)
        => spec with
        {
            Containers = [.. spec.Containers.Select(c => c with { Ports = [.. c.Ports.Select(p => Place(p, settings, OverrideOf(overrides, p)))] })],
        };

    private static PortMapping Place(PortMapping port, EnvironmentSettings settings, TomlTableNode? portOverride)
    {
        var placed = new List<SourceLocation>();
        var ownAddress = false;
        foreach (var key in PlacementKeys)
        {
            if (portOverride is not null && portOverride.TryGet(key, out var entry))
            {
                placed.Add(entry.KeyLocation);
                ownAddress |= key == "host_ip";
            }
        }

        if (settings.HostIp is { } address && port.IsPublished && !ownAddress)
        {
            port = port with { HostIp = address };
            placed.Add(address.Location);
        }

        return placed.Count == 0 ? port : port with { PlacementLocation = placed.MaxBy(l => (l.Line, l.Column)) };
    }

    private static TomlTableNode? OverrideOf(TomlTableNode overrides, PortMapping port)
        => Child(Child(Child(Child(overrides, "containers"), port.Container.Name), "ports"), port.Name.Value);

    private static TomlTableNode? Child(TomlTableNode? table, string key)
        => table is not null && table.TryGet(key, out var entry) ? entry.Value as TomlTableNode : null;
}
