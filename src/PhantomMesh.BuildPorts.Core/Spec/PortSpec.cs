namespace PhantomMesh.BuildPorts.Spec;

/// <summary>One ports.toml file, bound to the model.</summary>
public sealed record PortSpec(
    string File,
    ProjectSettings Project,
    IReadOnlyList<Located<string>> Includes,
    IReadOnlyList<PortGroup> Groups,
    IReadOnlyList<ReservedEntry> Reserved,
    IReadOnlyList<ContainerSpec> Containers)
{
    public AlertSettings Alerts { get; init; } = AlertSettings.Default;

    public IEnumerable<PortMapping> Ports => Containers.SelectMany(c => c.Ports);

    public PortGroup? FindGroup(string name) => Groups.FirstOrDefault(g => g.Name.Value == name);
}
