using System.Net;
using PhantomMesh.BuildPorts.Diagnostics;

namespace PhantomMesh.BuildPorts.Spec;

/// <summary>A <c>[containers.C.ports.NAME]</c> table: one port a container listens on and the host port that publishes it.</summary>
public sealed record PortMapping
{
    public required Located<string> Name { get; init; }

    public required ContainerRef Container { get; init; }

    public required Located<int> HostPort { get; init; }

    /// <summary>Defaults to the host port when the spec leaves it out.</summary>
    public required Located<int> ContainerPort { get; init; }

    public required Located<Protocol> Protocol { get; init; }

    /// <summary>The host address the port is published on; null publishes on every address.</summary>
    public Located<IPAddress>? HostIp { get; init; }

    public Located<string>? Group { get; init; }

    public required string Title { get; init; }

    public string Purpose { get; init; } = string.Empty;

    public Located<int>? OldPort { get; init; }

    public required HealthCheck Health { get; init; }

    public required Exposure Exposure { get; init; }

    public Located<string>? MetricsPath { get; init; }

    /// <summary>Warning codes suppressed for this port, with the reason the spec gives.</summary>
    public IReadOnlyDictionary<string, string> Suppressions { get; init; } = new Dictionary<string, string>();

    public required string SpecFile { get; init; }

    public SourceLocation Location => Name.Location;

    /// <summary>
    /// Where the port's place on the host (host port, address, protocol) was last decided: the host
    /// port's line, or in an environment the line of the override that moved the port.
    /// </summary>
    public SourceLocation PlacementLocation
    {
        get => _placementLocation ?? HostPort.Location;
        init => _placementLocation = value;
    }

    private readonly SourceLocation? _placementLocation;

    public bool IsScraped => MetricsPath is not null;

    /// <summary>False for an unpublished port: the host port stays allocated to it, but nothing binds it.</summary>
    public bool IsPublished => Exposure.Kind != ExposureKind.Unpublished;

    /// <summary>
    /// The host address the port is really published on: <see cref="HostIp"/> when the spec sets it;
    /// otherwise 127.0.0.1 for an internal port, 0.0.0.0 for a restricted one whose blocks are all
    /// IPv4 (the userland proxy would otherwise accept IPv6 clients that DOCKER-USER never sees), and
    /// null (every address) for the rest.
    /// </summary>
    public IPAddress? PublishedAddress => HostIp?.Value ?? Exposure.Kind switch
    {
        ExposureKind.Internal => IPAddress.Loopback,
        ExposureKind.Restricted when !Exposure.AllowsIpv6 => IPAddress.Any,
        _ => null,
    };

    public override string ToString() => $"{Container.Name}.{Name.Value} ({HostPort.Value}/{Protocol.Value.ToLowerName()})";
}

/// <summary>The container a port belongs to, without a cycle back to the full container record.</summary>
public sealed record ContainerRef(string Name, string? Service);
