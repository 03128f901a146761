using PhantomMesh.BuildPorts.Diagnostics;
using PhantomMesh.BuildPorts.Loading.Toml;
using PhantomMesh.BuildPorts.Spec;

namespace PhantomMesh.BuildPorts.Loading.Binding;

internal static class ContainerBinder
{
    private static readonly string[] Keys = ["image", "dockerfile", "service", "health_port", "ports", "enabled"];

    public static ContainerSpec? Bind(TomlEntry entry, DiagnosticBag diagnostics, string file)
    {
        var path = $"containers.{entry.Key}";
        var name = entry.Name;
        if (!NameRules.Check(name, "Container", diagnostics))
        {
            return null;
        }

        var reader = new TableReader((TomlTableNode)entry.Value, path, diagnostics, Keys);
        var image = reader.NonEmptyString("image", example: "image = \"prom/prometheus:v2.53.0\"");
        var dockerfile = reader.NonEmptyString("dockerfile", example: "dockerfile = \"Dockerfile.node\"");
        var service = reader.NonEmptyString("service", example: "service = \"phantom-node\"");

        if (image is not null && dockerfile is not null)
        {
            diagnostics.Add(DiagnosticCatalog.InvalidValue, dockerfile.Value.Location,
                $"[{path}] has both 'image' and 'dockerfile'; a container is either pulled (image) or built (dockerfile).");
        }
        else if (image is null && dockerfile is null && !reader.Has("image") && !reader.Has("dockerfile"))
        {
            reader.ReportMissing("image", "image = \"prom/prometheus:v2.53.0\", or dockerfile = \"Dockerfile.node\"");
        }

        var containerRef = new ContainerRef(entry.Key, service?.Value);
        var ports = new List<PortMapping>();
        var portsTable = reader.Table("ports");
        if (portsTable is not null)
        {
            foreach (var portEntry in portsTable.EntrySpan)
            {
                if (portEntry.Value is not TomlTableNode)
                {
                    reader.ReportWrongType($"ports.{portEntry.Key}", portEntry.Value, $"a table ([{path}.ports.{portEntry.Key}])");
                    continue;
                }

                if (PortBinder.Bind(portEntry, reader, containerRef, file) is { } port)
                {
                    ports.Add(port);
                }
            }
        }

        var healthPort = reader.NonEmptyString("health_port", example: "health_port = \"health\"");
        if (healthPort is { } chosen && portsTable is { } declared && !declared.TryGet(chosen.Value, out _))
        {
            diagnostics.Add(DiagnosticCatalog.UnknownReference, chosen.Location,
                $"health_port = \"{chosen.Value}\" names no port of [{path}]; ports: {string.Join(", ", declared.Entries.Select(e => e.Key))}.");
            healthPort = null;
        }
        else if (healthPort is { } withoutPorts && !reader.Has("ports"))
        {
            diagnostics.Add(DiagnosticCatalog.UnknownReference, withoutPorts.Location,
                $"health_port = \"{withoutPorts.Value}\" names a port, but [{path}] declares none.");
            healthPort = null;
        }

        if (healthPort is { } named && ports.FirstOrDefault(p => p.Name.Value == named.Value) is { Health.Kind: HealthCheckKind.None })
        {
            diagnostics.Add(DiagnosticCatalog.InvalidValue, named.Location,
                $"health_port = \"{named.Value}\" names a port without a health check; give that port health = {{ http = \"/health\" }} or name another port.");
        }

        return new ContainerSpec(name, image, dockerfile, service, ports) { HealthPortName = healthPort };
    }
}
