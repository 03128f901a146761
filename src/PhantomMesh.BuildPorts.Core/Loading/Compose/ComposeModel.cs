using PhantomMesh.BuildPorts.Diagnostics;
using PhantomMesh.BuildPorts.Spec;

namespace PhantomMesh.BuildPorts.Loading.Compose;

/// <summary>
/// One entry of a service's <c>ports</c>: what it publishes, the text as written, and where a problem
/// with it is reported. <see cref="WrittenAt"/> is where the whole entry is written: more than one
/// place when a later file repeats an entry of an earlier one (<see cref="ComposeMerge.AddPorts"/>).
/// </summary>
internal sealed record ComposePortEntry(ComposePort Port, string Written, SourceLocation Location, IReadOnlyList<SourceLocation> WrittenAt);

/// <summary>What the check and an import need of one Compose service.</summary>
internal sealed record ComposeService(Located<string> Name, IReadOnlyList<ComposePortEntry> Ports, Located<string>? NetworkMode)
{
    /// <summary>The file tags its ports <c>!reset</c> or <c>!override</c>: they replace the earlier files' (or the extended service's) ports instead of adding to them.</summary>
    public bool ReplacesPorts { get; init; }

    /// <summary>The service this one starts from, until <see cref="ComposeExtendsResolver"/> has applied it.</summary>
    public ComposeExtends? Extends { get; init; }

    /// <summary>Image, build, health check and networks: what an import carries besides the ports.</summary>
    public ComposeServiceDetails Details { get; init; } = ComposeServiceDetails.None;
}

/// <summary>
/// What an import carries of a service besides its ports. <see cref="Dockerfile"/> is relative to the
/// folder of the Compose file the service is read from.
/// </summary>
internal sealed record ComposeServiceDetails(string? Image, string? Dockerfile, IReadOnlyList<string>? HealthTest, IReadOnlyList<string> Networks)
{
    public static readonly ComposeServiceDetails None = new(null, null, null, []);

    /// <summary>These details written over <paramref name="earlier"/> ones, as Compose merges them: a value given wins, networks add up.</summary>
    public ComposeServiceDetails Over(ComposeServiceDetails earlier) => new(
        Image ?? earlier.Image,
        Dockerfile ?? earlier.Dockerfile,
        HealthTest ?? earlier.HealthTest,
        [.. earlier.Networks.Concat(Networks).Distinct(StringComparer.Ordinal)]);
}

/// <summary><c>extends</c>: a service of the same file, or of <see cref="File"/> (relative to the Compose file).</summary>
internal sealed record ComposeExtends(Located<string> Service, Located<string>? File);

/// <summary>One YAML document of a Compose file: its project name, if it sets one, and its services.</summary>
internal sealed record ComposeDocument(Located<string>? ProjectName, IReadOnlyList<ComposeService> Services, bool HasServices);

/// <summary>A Compose project's files read, extends applied and merged in order; <see cref="ExtendedFiles"/> are the files <c>extends.file</c> named.</summary>
internal sealed record ComposeProject(Located<string>? Name, IReadOnlyList<ComposeService> Services, bool HasServices, IReadOnlyList<string> ExtendedFiles);
