using System.Net;
using PhantomMesh.BuildPorts.Diagnostics;
using PhantomMesh.BuildPorts.Spec;

namespace PhantomMesh.BuildPorts.Loading.Compose;

/// <summary>
/// Turns a merged Compose project into the spec model: one container per service, one port per host
/// port it takes, located at its entry in the Compose file. The collision and free-port checks then
/// treat it as any included spec; it has no groups, reservations or includes of its own.
/// </summary>
internal static class ComposeSpecBuilder
{
    /// <summary>Far beyond any real project (a media server's RTP range is 10,000); bounds the memory hostile ranges could take.</summary>
    public const int MaxHostPorts = 200_000;

    public static PortSpec Build(string file, IReadOnlyList<string> sourceFiles, Located<string>? projectName, IReadOnlyList<ComposeService> services, DiagnosticBag diagnostics)
    {
        var containers = new List<ContainerSpec>();
        var total = 0;
        foreach (var service in services)
        {
            var hostNetwork = service.NetworkMode is { Value: "host" };
            if (hostNetwork)
            {
                diagnostics.Add(DiagnosticCatalog.ComposeHostNetwork, service.NetworkMode!.Value.Location,
                    $"Service '{service.Name.Value}' uses network_mode: host: its processes bind host ports directly, which Compose does not list"
                    + (service.Ports.Count > 0 ? "; its ports entries are checked at their container ports, the ports it listens on" : string.Empty)
                    + ". Make sure it listens on none of this spec's host ports.");
            }

            var ports = new List<PortMapping>();
            foreach (var entry in service.Ports)
            {
                foreach (var (host, container) in hostNetwork ? ListenedPorts(entry.Port) : entry.Port.HostBindings())
                {
                    if (++total > MaxHostPorts)
                    {
                        diagnostics.Add(DiagnosticCatalog.InputLimit, entry.Location,
                            $"The Compose project publishes more than {MaxHostPorts} host ports; the check reads at most that many.");
                        return Spec(file, sourceFiles, projectName, containers);
                    }

                    ports.Add(Mapping(file, service, entry, host, container, hostNetwork));
                }
            }

            containers.Add(new ContainerSpec(service.Name, null, null, null, ports));
        }

        return Spec(file, sourceFiles, projectName, containers);
    }

    /// <summary>On the host network Docker discards published ports: the process listens on its container ports on every address.</summary>
    private static IEnumerable<(int, int)> ListenedPorts(ComposePort port)
    {
        for (var p = port.Target.First; p <= port.Target.Last; p++)
        {
            yield return (p, p);
        }
    }

    private static PortMapping Mapping(string file, ComposeService service, ComposePortEntry entry, int host, int container, bool hostNetwork)
    {
        var at = entry.Location;
        return new PortMapping
        {
            Name = new Located<string>(entry.Written, at),
            Container = new ContainerRef(service.Name.Value, null),
            HostPort = new Located<int>(host, at),
            ContainerPort = new Located<int>(container, at),
            Protocol = new Located<Protocol>(entry.Port.Protocol, at),
            HostIp = hostNetwork || entry.Port.HostIp is not { } ip ? null : new Located<IPAddress>(ip, at),
            Title = entry.Port.ToShortSyntax(),
            Health = HealthCheck.None(at),
            Exposure = new Exposure(ExposureKind.Public, [], at),
            SpecFile = file,
        };
    }

    private static PortSpec Spec(string file, IReadOnlyList<string> sourceFiles, Located<string>? projectName, List<ContainerSpec> containers)
    {
        var start = SourceLocation.StartOf(file);
        var name = projectName ?? new Located<string>(Path.GetFileName(Path.GetDirectoryName(file)) ?? file, start);
        return new PortSpec(file, new ProjectSettings(name, null, null, start), [], [], [], containers)
        {
            Format = SpecFormat.Compose,
            SourceFiles = sourceFiles,
        };
    }
}
