using System.Net;

namespace PhantomMesh.BuildPorts.Spec;

/// <summary>
/// An <c>[environments.NAME]</c> table's own settings. The effective spec of an environment is an
/// ordinary <see cref="PortSpec"/> whose <see cref="PortSpec.Environment"/> holds these.
/// </summary>
public sealed record EnvironmentSettings(Located<string> Name)
{
    /// <summary>Added to every host port, group range, reservation and the host range of the environment.</summary>
    public Located<int>? PortOffset { get; init; }

    /// <summary>The host address every published port of the environment uses, unless the environment gives a port its own.</summary>
    public Located<IPAddress>? HostIp { get; init; }

    /// <summary>The environment runs on Kubernetes: Prometheus finds targets by Service DNS names, and NetworkPolicies are written.</summary>
    public bool IsKubernetes { get; init; }

    /// <summary>The Kubernetes namespace of the stack's Services (in their DNS names).</summary>
    public string Namespace { get; init; } = DefaultNamespace;

    internal const string DefaultNamespace = "default";

    public int Offset => PortOffset?.Value ?? 0;
}
