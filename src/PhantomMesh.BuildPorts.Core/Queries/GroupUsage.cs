using PhantomMesh.BuildPorts.Spec;

namespace PhantomMesh.BuildPorts.Queries;

/// <summary>How a range is taken up: ports in use, ports reserved, ports still free.</summary>
internal sealed record GroupUsage(string Name, string Title, PortRange Range, int Used, int Reserved)
{
    public int Size => Range.Count;

    public int Free => Size - Used - Reserved;

    public double FreePercent => Size == 0 ? 0 : 100.0 * Free / Size;
}
