namespace PhantomMesh.BuildPorts.Spec;

/// <summary>The spec being built and the specs it includes: other projects that share the same host.</summary>
public sealed record SpecSet(PortSpec Root, IReadOnlyList<PortSpec> Included)
{
    public IEnumerable<PortSpec> All => Included.Prepend(Root);

    /// <summary>The root's own Compose file (<c>[project] compose_file</c>) read as a project, whose published ports PM2013 checks; null when it names none.</summary>
    public PortSpec? BaseCompose { get; init; }

    /// <summary>Every port on the host: the root spec's first, then each included spec's.</summary>
    public IEnumerable<PortMapping> AllPorts => All.SelectMany(s => s.Ports);
}
