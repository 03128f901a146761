using PhantomMesh.BuildPorts.Spec;

namespace PhantomMesh.BuildPorts.Rendering.Model;

/// <summary>The template view of one port (docs/templates.md), read from the port when a template asks.</summary>
internal sealed class PortModelObject(PortMapping port, string? groupTitle) : ComputedModelObject
{
    private static readonly string[] MemberNames =
    [
        "name", "container", "service", "title", "purpose", "host_port", "container_port", "protocol", "protocol_upper",
        "host_ip", "published", "published_ip", "group", "group_title", "old_port", "health", "exposure", "metrics_path",
        "scraped", "compose_mapping",
    ];

    private HealthModelObject? _health;
    private ExposureModelObject? _exposure;

    protected override string[] Members => MemberNames;

    protected override object? Compute(string member) => member switch
    {
        "name" => port.Name.Value,
        "container" => port.Container.Name,
        "service" => port.Container.Service,
        "title" => port.Title,
        "purpose" => port.Purpose,
        "host_port" => BoxedPortNumber.Of(port.HostPort.Value),
        "container_port" => BoxedPortNumber.Of(port.ContainerPort.Value),
        "protocol" => port.Protocol.Value.ToLowerName(),
        "protocol_upper" => port.Protocol.Value.ToUpperName(),
        "host_ip" => port.HostIp?.Value.ToString(),
        "published" => BoxedBoolean.Of(port.IsPublished),
        "published_ip" => port.IsPublished ? port.PublishedAddress?.ToString() : null,
        "group" => port.Group?.Value,
        "group_title" => groupTitle,
        "old_port" => BoxedPortNumber.Of(port.OldPort?.Value),
        "health" => Once(ref _health, port, static p => new HealthModelObject(p.Health)),
        "exposure" => Once(ref _exposure, port, static p => new ExposureModelObject(p.Exposure)),
        "metrics_path" => port.MetricsPath?.Value,
        "scraped" => BoxedBoolean.Of(port.IsScraped),
        "compose_mapping" => port.IsPublished ? ComposeMapping() : null,
        _ => NotAMember,
    };

    /// <summary>
    /// Compose's short syntax, <c>[HOST_IP:]HOST:CONTAINER/PROTOCOL</c> with IPv6 addresses in brackets, on the address the port is really published on.
    /// Built here rather than in _functions.sbn beside the other compose helpers because it is a documented model
    /// member (<c>port.compose_mapping</c>) that project templates use; the built-in templates read it from the model too.
    /// </summary>
    private string ComposeMapping()
    {
        var hostIp = port.PublishedAddress?.ToString();
        var prefix = hostIp is null ? string.Empty : (hostIp.Contains(':', StringComparison.Ordinal) ? $"[{hostIp}]:" : $"{hostIp}:");
        return $"{prefix}{port.HostPort.Value}:{port.ContainerPort.Value}/{port.Protocol.Value.ToLowerName()}";
    }
}
