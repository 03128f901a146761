using PhantomMesh.BuildPorts.Diagnostics;
using PhantomMesh.BuildPorts.Spec;

namespace PhantomMesh.BuildPorts.Loading.Compose;

/// <summary>One entry of a service's <c>ports</c>: what it publishes, the text as written, and where.</summary>
internal sealed record ComposePortEntry(ComposePort Port, string Written, SourceLocation Location);

/// <summary>What the check needs of one Compose service.</summary>
internal sealed record ComposeService(Located<string> Name, IReadOnlyList<ComposePortEntry> Ports, Located<string>? NetworkMode)
{
    /// <summary>The file tags its ports <c>!reset</c> or <c>!override</c>: they replace the earlier files' (or the extended service's) ports instead of adding to them.</summary>
    public bool ReplacesPorts { get; init; }

    /// <summary>The service this one starts from, until <see cref="ComposeExtendsResolver"/> has applied it.</summary>
    public ComposeExtends? Extends { get; init; }
}

/// <summary><c>extends</c>: a service of the same file, or of <see cref="File"/> (relative to the Compose file).</summary>
internal sealed record ComposeExtends(Located<string> Service, Located<string>? File);

/// <summary>One YAML document of a Compose file: its project name, if it sets one, and its services.</summary>
internal sealed record ComposeDocument(Located<string>? ProjectName, IReadOnlyList<ComposeService> Services, bool HasServices);
