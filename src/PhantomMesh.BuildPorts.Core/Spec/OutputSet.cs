namespace PhantomMesh.BuildPorts.Spec;

/// <summary>Which files the built-in templates write: the project's own (<c>[project] outputs</c>).</summary>
public enum OutputSet
{
    /// <summary>Every deployment file: the whole docker-compose.yml, Kubernetes Services, Dockerfiles, and the rest.</summary>
    Full,

    /// <summary>
    /// Only what the spec owns, to combine with files the user keeps: a Compose file holding the
    /// services' ports (compose.ports.yml) and a Kustomize component patching the ports of
    /// hand-written Services, beside the port-derived files (Prometheus, firewall, PORTS.md, ...).
    /// </summary>
    PortsOnly,
}
