using System.Globalization;
using System.Net;
using PhantomMesh.BuildPorts.Diagnostics;
using PhantomMesh.BuildPorts.Spec;

namespace PhantomMesh.BuildPorts.Loading.Compose;

/// <summary>A parsed port entry, or why Compose would reject it and, in the long form, which field is at fault.</summary>
internal readonly record struct ComposePortParse(ComposePort? Port, string? Error, string? Field = null)
{
    public static ComposePortParse Fail(string error, string? field = null) => new(null, error, field);
}

/// <summary>
/// Reads Compose port entries the way Compose does (its short syntax is Docker's
/// <c>[HOST_IP:][HOST_PORT[-LAST]:]CONTAINER_PORT[-LAST][/PROTOCOL]</c>): the host IP is everything
/// before the last two colons, so <c>::1:8080:80</c> and <c>[::1]:8080:80</c> both publish on ::1.
/// Works on text that is already interpolated.
/// </summary>
internal static class ComposePortParser
{
    public static ComposePortParse ParseShort(string text)
    {
        var parts = text.Split(':');
        var containerPart = parts[^1];
        var hostPart = parts.Length >= 2 ? parts[^2] : string.Empty;
        var ipPart = parts.Length >= 3 ? string.Join(':', parts[..^2]) : string.Empty;

        var slash = containerPart.IndexOf('/', StringComparison.Ordinal);
        var protocolText = slash < 0 ? string.Empty : containerPart[(slash + 1)..];
        containerPart = slash < 0 ? containerPart : containerPart[..slash];
        if (containerPart.Length == 0)
        {
            return ComposePortParse.Fail("it names no container port");
        }

        var address = ParseHostIp(ipPart);
        if (address.Error is { } ipError)
        {
            return ComposePortParse.Fail(ipError);
        }

        if (!TryParseRange(containerPart, out var target) || target.First == 0)
        {
            return ComposePortParse.Fail($"the container port '{PrintableText.Of(containerPart)}' is not a port number from 1 to 65535 or a range of them");
        }

        if (parts.Length == 2 && hostPart.Length == 0)
        {
            return ComposePortParse.Fail("the host port before the ':' is empty; leave out the ':' to let Docker pick a host port");
        }

        PortRange? published = null;
        if (hostPart.Length > 0)
        {
            if (!TryParseRange(hostPart, out var hostRange))
            {
                return ComposePortParse.Fail($"the host port '{PrintableText.Of(hostPart)}' is not a port number from 0 to 65535 or a range of them");
            }

            published = hostRange;
        }

        return Build(address.Address, published, target, protocolText);
    }

    /// <summary>The long form, from its fields' text (null where a field is absent).</summary>
    public static ComposePortParse ParseLong(string? target, string? published, string? hostIp, string? protocol)
    {
        if (string.IsNullOrEmpty(target))
        {
            return ComposePortParse.Fail("it has no target: the long form needs the container port, such as target: 80", "target");
        }

        if (!TryParseNumber(target, out var targetPort) || targetPort == 0)
        {
            return ComposePortParse.Fail($"target '{PrintableText.Of(target)}' is not a port number from 1 to 65535", "target");
        }

        PortRange? publishedRange = null;
        if (!string.IsNullOrEmpty(published))
        {
            if (!TryParseRange(published, out var range))
            {
                return ComposePortParse.Fail($"published '{PrintableText.Of(published)}' is not a port number from 0 to 65535 or a range of them", "published");
            }

            publishedRange = range;
        }

        var address = ParseHostIp(hostIp ?? string.Empty);
        if (address.Error is { } error)
        {
            return ComposePortParse.Fail(error, "host_ip");
        }

        var port = Build(address.Address, publishedRange, PortRange.Single(targetPort), protocol ?? string.Empty);
        return port.Error is null ? port : port with { Field = "protocol" };
    }

    private static ComposePortParse Build(IPAddress? hostIp, PortRange? published, PortRange target, string protocolText)
    {
        if (published is { } host && host.Count != target.Count && target.Count != 1)
        {
            return ComposePortParse.Fail($"the host ports {host} and the container ports {target} are ranges of different sizes; "
                + "a host range maps onto a container range of the same size, or onto one container port");
        }

        var protocolName = protocolText.ToLowerInvariant();
        if (protocolName.Length == 0)
        {
            protocolName = "tcp";
        }

        if (!ProtocolNames.TryParse(protocolName, out var protocol))
        {
            return ComposePortParse.Fail($"'{PrintableText.Of(protocolText)}' is not a protocol: use tcp, udp or sctp");
        }

        return new ComposePortParse(new ComposePort(hostIp, published, target, protocol), null);
    }

    /// <summary>The host IP, bare or in brackets; empty is every address.</summary>
    private static (IPAddress? Address, string? Error) ParseHostIp(string text)
    {
        if (text.Length == 0)
        {
            return (null, null);
        }

        var bare = text.Length >= 2 && text[0] == '[' && text[^1] == ']' ? text[1..^1] : text;
        return IpText.TryParseAddress(bare, out var address)
            ? (address, null)
            : (null, $"the host IP '{PrintableText.Of(text)}' is not an IP address (write 127.0.0.1, ::1 or [::1])");
    }

    /// <summary>"80" or "8000-8010" (as <see cref="PortRange.TryParse"/> reads a range), decimal digits only, each at most 65535.</summary>
    private static bool TryParseRange(string text, out PortRange range)
    {
        if (!text.Contains('-', StringComparison.Ordinal))
        {
            var parsed = TryParseNumber(text, out var single);
            range = PortRange.Single(single);
            return parsed;
        }

        return PortRange.TryParse(text, out range) && range.Last <= 65535;
    }

    private static bool TryParseNumber(string text, out int value)
        => int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value) && value <= 65535;
}
