using System.Globalization;
using System.Net;
using PhantomMesh.BuildPorts.Diagnostics;
using PhantomMesh.BuildPorts.Loading.Compose;
using PhantomMesh.BuildPorts.Loading;
using PhantomMesh.BuildPorts.Spec;
using PhantomMesh.BuildPorts.Text;

namespace PhantomMesh.BuildPorts.Import;

/// <summary>
/// Reads a Compose project (its files merged in order, with the same port reader as includes) and,
/// optionally, hand-written Kubernetes Services, into the containers and ports of a spec. Variables
/// take their defaults, never the environment, so an import gives the same spec on every machine.
/// </summary>
internal static class ComposeImporter
{
    /// <returns>The project, or null when an error in the files makes its ports unknown.</returns>
    public static ImportedProject? Import(IReadOnlyList<SourceText> composeFiles, IReadOnlyList<KubernetesService> kubernetesServices, string folderName, DiagnosticBag diagnostics)
    {
        var variables = new ComposeVariables(_ => null, [], Path.Combine(Path.GetDirectoryName(composeFiles[0].Path) ?? ".", ".env"));
        if (ComposeProjectLoader.ReadProject(composeFiles, variables, diagnostics) is not { } project)
        {
            return null;
        }

        var notCarried = new List<string>();
        var containers = project.Services
            .OrderBy(s => s.Name.Value, StringComparer.Ordinal)
            .Select(s => Container(s, kubernetesServices, notCarried))
            .ToList();
        return new ImportedProject(project.Name?.Value ?? folderName, SharedNetwork(project.Services), containers, notCarried);
    }

    /// <summary>The one network every service joins, which the spec's <c>network</c> attaches every container to.</summary>
    private static string? SharedNetwork(IReadOnlyList<ComposeService> services)
    {
        var networks = services.Select(s => s.Details.Networks).ToList();
        return networks.Count > 0 && networks.All(n => n.Count == 1 && n[0] == networks[0][0]) ? networks[0][0] : null;
    }

    private static ImportedContainer Container(ComposeService service, IReadOnlyList<KubernetesService> kubernetesServices, List<string> notCarried)
    {
        var name = service.Name.Value;
        var kubernetes = kubernetesServices.Where(k => k.Selects(name)).OrderBy(k => k.Name, StringComparer.Ordinal).FirstOrDefault();
        var details = service.Details;
        var ports = new List<ImportedPort>();
        if (service.NetworkMode is { Value: "host" } hostMode)
        {
            notCarried.Add($"{Where(hostMode.Location)}: service '{name}' uses network_mode: host; its processes bind host ports the spec cannot list.");
        }
        else
        {
            foreach (var entry in service.Ports)
            {
                ports.AddRange(Ports(name, entry, kubernetes, notCarried));
            }
        }

        ports = WithUniqueNames(ports.OrderBy(p => p.HostPort).ThenBy(p => p.Protocol).ThenBy(p => p.HostIp, StringComparer.Ordinal).ThenBy(p => p.ContainerPort).ToList());
        ports = WithHealth(ports, HealthCheckImport.Convert(details.HealthTest));
        if (kubernetes is not null)
        {
            NoteKubernetesPorts(kubernetes, ports, notCarried);
        }

        var image = details.Image ?? (details.Dockerfile is null ? name : null);
        if (details.Image is null && details.Dockerfile is null)
        {
            notCarried.Add($"{Where(service.Name.Location)}: service '{name}' has no image or build; the spec names the image '{name}'.");
        }

        return new ImportedContainer(name, service.Name.Location, image, image is null ? details.Dockerfile : null, kubernetes?.Name, ports);
    }

    private static IEnumerable<ImportedPort> Ports(string service, ComposePortEntry entry, KubernetesService? kubernetes, List<string> notCarried)
    {
        var port = entry.Port;
        if (port.Published is not { } published || published.First == 0)
        {
            notCarried.Add($"{Where(entry.Location)}: service '{service}' ports entry \"{entry.Written}\" has no host port; Docker picks one when the stack starts.");
            yield break;
        }

        if (published.Count > 1 && port.Target.Count == 1)
        {
            notCarried.Add($"{Where(entry.Location)}: service '{service}' ports entry \"{entry.Written}\" lets Docker pick one host port of {published}; the spec holds each of them.");
        }

        var protocol = port.Protocol.ToLowerName();
        foreach (var (host, container) in port.HostBindings())
        {
            var kubernetesName = kubernetes?.Ports.FirstOrDefault(k => k.Protocol == port.Protocol.ToUpperName() && Targets(k, container, port.Name))?.Name;
            var name = new[] { kubernetesName, port.Name }.FirstOrDefault(n => n is not null && KubernetesNames.IsIanaServiceName(n)) ?? $"{protocol}-{host}";
            var title = port.Name is { Length: > 0 } named ? named : string.Create(CultureInfo.InvariantCulture, $"{service} {container}/{protocol}");
            yield return new ImportedPort(name, HostIp(port.HostIp), host, container, port.Protocol, title)
            {
                Written = entry.Written.Contains('$', StringComparison.Ordinal) ? entry.Written : null,
                Entries = entry.WrittenAt,
            };
        }
    }

    private static bool Targets(KubernetesServicePort port, int containerPort, string? portName)
        => port.TargetPort is null ? false : port.TargetPort == containerPort.ToString(CultureInfo.InvariantCulture) || port.TargetPort == portName;

    private static string? HostIp(IPAddress? address) => address?.ToString();

    /// <summary>Port names must be unique in a container: a second binding of one name gets a suffix.</summary>
    private static List<ImportedPort> WithUniqueNames(List<ImportedPort> ports)
    {
        var used = new HashSet<string>(StringComparer.Ordinal);
        var named = new List<ImportedPort>();
        foreach (var port in ports)
        {
            var name = port.Name;
            for (var n = 2; !used.Add(name); n++)
            {
                name = string.Create(CultureInfo.InvariantCulture, $"{Truncate(port.Name, 12)}-{n}");
            }

            named.Add(port with { Name = name });
        }

        return named;
    }

    private static string Truncate(string name, int length) => name.Length <= length ? name : name[..length].TrimEnd('-');

    /// <summary>The service's health check goes on the port its URL names, else on the lowest host port.</summary>
    private static List<ImportedPort> WithHealth(List<ImportedPort> ports, HealthCheckImport.Converted? health)
    {
        if (health is null || ports.Count == 0)
        {
            return ports;
        }

        var at = health.Kind == HealthCheckKind.Http
            ? ports.FindIndex(p => p.ContainerPort == health.ContainerPort && p.Protocol == Protocol.Tcp)
            : -1;
        var (kind, value) = at >= 0 ? (HealthCheckKind.Http, health.Value) : (HealthCheckKind.Command, health.Command);
        at = Math.Max(at, 0);
        ports[at] = ports[at] with { HealthKind = kind, Health = value };
        return ports;
    }

    private static void NoteKubernetesPorts(KubernetesService kubernetes, List<ImportedPort> ports, List<string> notCarried)
    {
        foreach (var port in kubernetes.Ports)
        {
            if (port.NodePort is { } nodePort)
            {
                notCarried.Add($"{Where(kubernetes.Location)}: Service '{kubernetes.Name}' port {port.Port} has nodePort {nodePort}; the spec's Services are ClusterIP.");
            }

            if (!ports.Any(p => p.Name == port.Name || p.HostPort == port.Port && p.Protocol.ToUpperName() == port.Protocol))
            {
                notCarried.Add($"{Where(kubernetes.Location)}: Service '{kubernetes.Name}' port {port.Name ?? port.Port.ToString(CultureInfo.InvariantCulture)} ({port.Port}/{port.Protocol}) matches no published port of the Compose service.");
            }
        }
    }

    /// <summary>How a note of what the spec cannot carry names a place: <c>compose.yaml:12</c>.</summary>
    internal static string Where(SourceLocation location) => string.Create(CultureInfo.InvariantCulture, $"{Path.GetFileName(location.File)}:{location.Line}");
}
