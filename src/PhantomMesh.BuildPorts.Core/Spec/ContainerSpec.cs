namespace PhantomMesh.BuildPorts.Spec;

/// <summary>A <c>[containers.NAME]</c> table.</summary>
public sealed record ContainerSpec(
    Located<string> Name,
    Located<string>? Image,
    Located<string>? Dockerfile,
    Located<string>? Service,
    IReadOnlyList<PortMapping> Ports)
{
    /// <summary>The port whose health check is the container's own (Compose and Dockerfile HEALTHCHECK); see <see cref="HealthPort"/>.</summary>
    public Located<string>? HealthPortName { get; init; }

    /// <summary>The named health port, or else the lowest host port that has a health check.</summary>
    public PortMapping? HealthPort => HealthPortName is { } name
        ? Ports.FirstOrDefault(p => p.Name.Value == name.Value)
        : Ports.InHostPortOrder().FirstOrDefault(p => p.Health.Kind != HealthCheckKind.None);
}
