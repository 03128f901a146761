using PhantomMesh.BuildPorts.Diagnostics;

namespace PhantomMesh.BuildPorts.Spec;

/// <summary>
/// Who may reach a port. On a Docker host a published port is DNATed before any INPUT rule, so
/// each kind is kept by where the port is published and by DOCKER-USER rules (docs/spec.md).
/// </summary>
public enum ExposureKind
{
    /// <summary>Published on 127.0.0.1 only: reached from the host itself and the container network.</summary>
    Internal,

    /// <summary>Published on every address, open to everyone.</summary>
    Public,

    /// <summary>Published, and DOCKER-USER rules drop every source outside the listed CIDR blocks.</summary>
    Restricted,

    /// <summary>Not published on the host at all: reached only by containers of the same network.</summary>
    Unpublished,
}

public sealed record Exposure(ExposureKind Kind, IReadOnlyList<Located<string>> AllowFrom, SourceLocation Location)
{
    internal static Exposure Internal(SourceLocation location) => new(ExposureKind.Internal, [], location);

    /// <summary>The kind as the spec and the templates write it.</summary>
    public string Name => Kind switch
    {
        ExposureKind.Public => "public",
        ExposureKind.Restricted => "restricted",
        ExposureKind.Unpublished => "unpublished",
        _ => "internal",
    };

    /// <summary>Whether an allow_from block is an IPv6 one (DOCKER-USER rules then need ip6tables too).</summary>
    public bool AllowsIpv6 => AllowFrom.Any(block => block.Value.Contains(':', StringComparison.Ordinal));
}
