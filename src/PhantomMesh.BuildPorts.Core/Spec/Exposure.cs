using PhantomMesh.BuildPorts.Diagnostics;

namespace PhantomMesh.BuildPorts.Spec;

public enum ExposureKind
{
    /// <summary>No firewall rule: reached from the host or the compose network only.</summary>
    Internal,

    /// <summary>Open to everyone.</summary>
    Public,

    /// <summary>Open to the listed CIDR blocks only.</summary>
    Restricted,
}

public sealed record Exposure(ExposureKind Kind, IReadOnlyList<Located<string>> AllowFrom, SourceLocation Location)
{
    public static Exposure Internal(SourceLocation location) => new(ExposureKind.Internal, [], location);
}
