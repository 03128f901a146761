using PhantomMesh.BuildPorts.Diagnostics;

namespace PhantomMesh.BuildPorts.Spec;

/// <summary>A <c>[groups.NAME]</c> table: a named range that ports of one function share.</summary>
public sealed record PortGroup(Located<string> Name, string Title, Located<PortRange> Range)
{
    public SourceLocation Location => Name.Location;
}
