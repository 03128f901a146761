namespace PhantomMesh.BuildPorts.Spec;

/// <summary>A <c>[reserved.NAME]</c> table: a single port or a block kept free for a named purpose.</summary>
public sealed record ReservedEntry(Located<string> Name, string Title, string Purpose, Located<PortRange> Range)
{
    public bool IsBlock => Range.Value.Count > 1;
}
