using PhantomMesh.BuildPorts.Diagnostics;
using PhantomMesh.BuildPorts.Spec;

namespace PhantomMesh.BuildPorts.Import;

/// <summary>What an import found: the project, its containers, and what the spec cannot carry.</summary>
internal sealed record ImportedProject(string Name, string? Network, IReadOnlyList<ImportedContainer> Containers, IReadOnlyList<string> NotCarried);

/// <summary>One Compose service as a container of the spec.</summary>
internal sealed record ImportedContainer(string Name, SourceLocation Source, string? Image, string? Dockerfile, string? Service, IReadOnlyList<ImportedPort> Ports);

/// <summary>One published host port. <see cref="Written"/> is the entry as the Compose file writes it when it holds variables.</summary>
internal sealed record ImportedPort(string Name, string? HostIp, int HostPort, int ContainerPort, Protocol Protocol, string Title)
{
    public string? Written { get; init; }

    /// <summary>Where the Compose ports entry it comes from is written (more than once when a later file repeats it): <c>--split</c> removes exactly the entries the spec carries.</summary>
    public IReadOnlyList<SourceLocation> Entries { get; init; } = [];

    public HealthCheckKind HealthKind { get; init; }

    public string? Health { get; init; }

    public string? Group { get; init; }
}

/// <summary>An inferred group: a name, a title and its host range.</summary>
internal sealed record ImportedGroup(string Name, string Title, int First, int Last);
