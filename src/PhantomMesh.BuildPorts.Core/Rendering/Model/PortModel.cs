using PhantomMesh.BuildPorts.Queries;
using PhantomMesh.BuildPorts.Spec;
using Scriban.Runtime;

namespace PhantomMesh.BuildPorts.Rendering.Model;

/// <summary>The template view of one port.</summary>
internal static class PortModel
{
    /// <summary>The members below: a model object sized up front is one allocation per port instead of several while it grows.</summary>
    private const int MemberCount = 20;

    public static ScriptObject Build(PortMapping port, IReadOnlyDictionary<string, string> groupTitles)
    {
        var protocol = port.Protocol.Value.ToLowerName();
        var hostIp = port.HostIp?.Value.ToString();
        var publishedIp = port.PublishedAddress?.ToString();
        return new ScriptObject(MemberCount)
        {
            ["name"] = port.Name.Value,
            ["container"] = port.Container.Name,
            ["service"] = port.Container.Service,
            ["title"] = port.Title,
            ["purpose"] = port.Purpose,
            ["host_port"] = port.HostPort.Value,
            ["container_port"] = port.ContainerPort.Value,
            ["protocol"] = protocol,
            ["protocol_upper"] = port.Protocol.Value.ToUpperName(),
            ["host_ip"] = hostIp,
            ["published"] = port.IsPublished,
            ["published_ip"] = port.IsPublished ? publishedIp : null,
            ["group"] = port.Group?.Value,
            ["group_title"] = port.Group is { } g && groupTitles.TryGetValue(g.Value, out var title) ? title : null,
            ["old_port"] = port.OldPort?.Value,
            ["health"] = HealthModel(port.Health),
            ["exposure"] = ExposureModel(port.Exposure),
            ["metrics_path"] = port.MetricsPath?.Value,
            ["scraped"] = port.IsScraped,
            ["compose_mapping"] = port.IsPublished ? ComposeMapping(port, publishedIp, protocol) : null,
        };
    }

    /// <summary>
    /// Compose's short syntax, <c>[HOST_IP:]HOST:CONTAINER/PROTOCOL</c> with IPv6 addresses in brackets, on the address the port is really published on.
    /// Built here rather than in _functions.sbn beside the other compose helpers because it is a documented model
    /// member (<c>port.compose_mapping</c>) that project templates use; the built-in templates read it from the model too.
    /// </summary>
    private static string ComposeMapping(PortMapping port, string? hostIp, string protocol)
    {
        var prefix = hostIp is null ? string.Empty : (hostIp.Contains(':', StringComparison.Ordinal) ? $"[{hostIp}]:" : $"{hostIp}:");
        return $"{prefix}{port.HostPort.Value}:{port.ContainerPort.Value}/{protocol}";
    }

    private static ScriptObject HealthModel(HealthCheck health) => new(3)
    {
        ["kind"] = health.Kind switch
        {
            HealthCheckKind.Http => "http",
            HealthCheckKind.Command => "command",
            _ => "none",
        },
        ["http_path"] = health.Kind == HealthCheckKind.Http ? health.Value : null,
        ["command"] = health.Kind == HealthCheckKind.Command ? health.Value : null,
    };

    /// <summary><c>text</c> is the exposure in the words <c>phantom-gen list</c> uses (<see cref="PortText.Exposure"/>), so the two never differ.</summary>
    private static ScriptObject ExposureModel(Exposure exposure) => new(3)
    {
        ["kind"] = exposure.Name,
        ["text"] = PortText.Exposure(exposure),
        ["allow_from"] = TemplateModelBuilder.Array(exposure.AllowFrom.Select(a => (object)a.Value)),
    };
}
