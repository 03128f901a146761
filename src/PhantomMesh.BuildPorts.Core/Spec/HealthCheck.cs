using PhantomMesh.BuildPorts.Diagnostics;

namespace PhantomMesh.BuildPorts.Spec;

public enum HealthCheckKind
{
    None,
    Http,
    Command,
}

/// <summary>How to tell that the service behind a port works: an HTTP path on the port, or a command in the container.</summary>
public sealed record HealthCheck(HealthCheckKind Kind, string Value, SourceLocation Location)
{
    internal static HealthCheck None(SourceLocation location) => new(HealthCheckKind.None, string.Empty, location);
}
