namespace PhantomMesh.BuildPorts.Spec;

/// <summary>A <c>[containers.NAME]</c> table.</summary>
public sealed record ContainerSpec(
    Located<string> Name,
    Located<string>? Image,
    Located<string>? Dockerfile,
    Located<string>? Service,
    IReadOnlyList<PortMapping> Ports);
