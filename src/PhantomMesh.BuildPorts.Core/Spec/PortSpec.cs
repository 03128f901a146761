namespace PhantomMesh.BuildPorts.Spec;

/// <summary>One ports.toml file, or another project's Compose files, bound to the model.</summary>
public sealed record PortSpec(
    string File,
    ProjectSettings Project,
    IReadOnlyList<SpecInclude> Includes,
    IReadOnlyList<PortGroup> Groups,
    IReadOnlyList<ReservedEntry> Reserved,
    IReadOnlyList<ContainerSpec> Containers)
{
    private readonly IReadOnlyList<string>? _sourceFiles;

    public SpecFormat Format { get; init; } = SpecFormat.PortsToml;

    /// <summary>Every file read to make this spec (for a Compose project, each Compose file and its .env), so a change to any of them reruns a build.</summary>
    public IReadOnlyList<string> SourceFiles
    {
        get => _sourceFiles ?? [File];
        init => _sourceFiles = value;
    }

    public AlertSettings Alerts { get; init; } = AlertSettings.Default;

    /// <summary>The environment this spec is the effective spec of; null for the base spec.</summary>
    public EnvironmentSettings? Environment { get; init; }

    /// <summary>The names of the <c>[environments.NAME]</c> tables of the file, in the order written.</summary>
    public IReadOnlyList<string> EnvironmentNames { get; init; } = [];

    public IEnumerable<PortMapping> Ports => Containers.SelectMany(c => c.Ports);

    public PortGroup? FindGroup(string name) => Groups.FirstOrDefault(g => g.Name.Value == name);
}
