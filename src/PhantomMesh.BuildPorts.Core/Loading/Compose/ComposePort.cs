using System.Globalization;
using System.Net;
using PhantomMesh.BuildPorts.Spec;

namespace PhantomMesh.BuildPorts.Loading.Compose;

/// <summary>
/// One entry of a Compose service's <c>ports</c>, short or long form, as Compose understands it.
/// <see cref="Published"/> is null when no host port is given: Docker then picks a free one, which claims nothing in advance.
/// </summary>
internal sealed record ComposePort(IPAddress? HostIp, PortRange? Published, PortRange Target, Protocol Protocol)
{
    /// <summary>The long form's <c>name</c>, if any.</summary>
    public string? Name { get; init; }


    /// <summary>
    /// The host ports this entry takes, each with the container port behind it. A host range onto one
    /// container port (<c>"9000-9005:80"</c>) lets Docker pick any free port of the range, so every port
    /// of it counts: which one it gets depends on what is free when the stack starts. Host port 0 asks
    /// Docker for a free port and takes none in advance.
    /// </summary>
    public IEnumerable<(int HostPort, int ContainerPort)> HostBindings()
    {
        if (Published is not { } published)
        {
            yield break;
        }

        for (var offset = 0; offset < published.Count; offset++)
        {
            var host = published.First + offset;
            var container = Target.Count == 1 ? Target.First : Target.First + offset;
            if (host != 0)
            {
                yield return (host, container);
            }
        }
    }

    /// <summary>
    /// What Compose compares when a later file repeats an entry of an earlier one (host address,
    /// target, published port, protocol): an equal entry replaces the earlier one instead of adding to it.
    /// </summary>
    public (string HostIp, PortRange? Published, PortRange Target, Protocol Protocol) MergeKey
        => (HostIp?.ToString() ?? string.Empty, Published, Target, Protocol);

    /// <summary>The entry in the short syntax: <c>127.0.0.1:8080:80/udp</c>, <c>[::1]:8080:80</c>, <c>80</c>.</summary>
    public string ToShortSyntax()
    {
        var address = HostIp switch
        {
            null => string.Empty,
            { AddressFamily: System.Net.Sockets.AddressFamily.InterNetworkV6 } ip => $"[{ip}]:",
            { } ip => $"{ip}:",
        };
        var host = Published is { } published ? published + ":" : address.Length > 0 ? ":" : string.Empty;
        var protocol = Protocol == Protocol.Tcp ? string.Empty : "/" + Protocol.ToLowerName();
        return string.Create(CultureInfo.InvariantCulture, $"{address}{host}{Target}{protocol}");
    }
}
