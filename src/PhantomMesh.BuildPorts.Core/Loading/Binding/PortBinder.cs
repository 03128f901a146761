using System.Net;
using PhantomMesh.BuildPorts.Diagnostics;
using PhantomMesh.BuildPorts.Loading.Toml;
using PhantomMesh.BuildPorts.Spec;

namespace PhantomMesh.BuildPorts.Loading.Binding;

internal static class PortBinder
{
    private static readonly string[] Keys =
    [
        "host_port", "container_port", "protocol", "host_ip", "group", "title", "purpose", "old_port",
        "health", "exposure", "metrics_path", "suppress", "enabled",
    ];

    /// <summary>Returns null when a value the validator needs (host port, protocol, ...) is unusable; the reason is already reported.</summary>
    public static PortMapping? Bind(TomlEntry entry, TableReader container, ContainerRef containerRef, string file)
    {
        var reader = new TableReader((TomlTableNode)entry.Value, container, ".ports.", entry.Key, Keys);
        var errorsBefore = reader.Diagnostics.ErrorCount;

        var hostPort = reader.Port("host_port", required: true);
        var containerPort = reader.Port("container_port");
        var protocol = BindProtocol(reader);
        var hostIp = BindHostIp(reader);
        var oldPort = reader.Port("old_port");
        var group = reader.NonEmptyString("group", example: "group = \"vpn-core\"");
        var title = reader.String("title")?.Value ?? entry.Key;
        var purpose = reader.String("purpose")?.Value ?? string.Empty;
        var metricsPath = PathValue(reader, "metrics_path");
        var health = HealthCheckBinder.Bind(reader);
        var exposure = ExposureBinder.Bind(reader);
        var suppressions = SuppressionBinder.Bind(reader);

        var hasNewErrors = reader.Diagnostics.ErrorCount > errorsBefore;
        if (hasNewErrors || hostPort is not { } host)
        {
            return null;
        }

        return new PortMapping
        {
            Name = entry.Name,
            Container = containerRef,
            HostPort = host,
            ContainerPort = containerPort ?? host,
            Protocol = protocol ?? new Located<Protocol>(Protocol.Tcp, entry.KeyLocation),
            HostIp = hostIp,
            Group = group,
            Title = title,
            Purpose = purpose,
            OldPort = oldPort,
            Health = health ?? HealthCheck.None(entry.KeyLocation),
            Exposure = exposure ?? Exposure.Internal(entry.KeyLocation),
            MetricsPath = metricsPath,
            Suppressions = suppressions,
            SpecFile = file,
        };
    }

    private static Located<Protocol>? BindProtocol(TableReader reader)
    {
        if (reader.String("protocol") is not { } text)
        {
            return null;
        }

        if (ProtocolNames.TryParse(text.Value, out var protocol))
        {
            return new Located<Protocol>(protocol, text.Location);
        }

        reader.Diagnostics.Add(DiagnosticCatalog.InvalidProtocol, text.Location,
            $"protocol = \"{text.Value}\" is not a transport protocol; use \"tcp\", \"udp\" or \"sctp\" (lower case).");
        return null;
    }

    internal static Located<IPAddress>? BindHostIp(TableReader reader)
    {
        if (reader.String("host_ip") is not { } text)
        {
            return null;
        }

        if (IpText.TryParseAddress(text.Value, out var address))
        {
            return new Located<IPAddress>(address, text.Location);
        }

        reader.Diagnostics.Add(DiagnosticCatalog.InvalidIpAddress, text.Location,
            $"host_ip = \"{text.Value}\" is not an IP address; write one such as \"127.0.0.1\" or \"::1\", without a port or prefix.");
        return null;
    }

    internal static Located<string>? PathValue(TableReader reader, string key)
    {
        if (reader.String(key) is not { } text)
        {
            return null;
        }

        if (!text.Value.StartsWith('/') || HasSpaceOrControl(text.Value))
        {
            reader.Diagnostics.Add(DiagnosticCatalog.InvalidValue, text.Location,
                $"{key} = \"{text.Value}\" is not a URL path; write one starting with '/' and without spaces, such as \"/metrics\".");
            return null;
        }

        return text;
    }

    private static bool HasSpaceOrControl(string text)
    {
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c) || char.IsControl(c))
            {
                return true;
            }
        }

        return false;
    }
}
