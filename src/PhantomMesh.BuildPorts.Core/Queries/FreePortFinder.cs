using PhantomMesh.BuildPorts.Iana;
using PhantomMesh.BuildPorts.Spec;

namespace PhantomMesh.BuildPorts.Queries;

/// <summary>
/// The next free host ports of a range: not used by any port of the spec or its includes (on
/// any protocol, so one number never means two things), not reserved, not registered with IANA.
/// </summary>
public static class FreePortFinder
{
    public static IReadOnlyList<int> Find(SpecSet specs, PortRange range, int count) => Find(specs, range, count, null);

    // Tests pass their own registry; callers outside Core always check against the embedded one.
    internal static IReadOnlyList<int> Find(SpecSet specs, PortRange range, int count, IanaRegistry? iana)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        iana ??= IanaRegistry.Default;
        var map = new HostPortMap(specs.All);
        var free = new List<int>(Math.Min(count, range.Count));
        for (var port = range.First; port <= range.Last && free.Count < count; port++)
        {
            if (!map.IsUsed(port) && !map.IsReserved(port) && !HostPortMap.IsRegistered(iana, port))
            {
                free.Add(port);
            }
        }

        return free;
    }

    /// <summary>Free ports of a named group of the root spec; null when the spec has no such group.</summary>
    internal static IReadOnlyList<int>? FindInGroup(SpecSet specs, string group, int count, IanaRegistry? iana = null)
        => specs.Root.FindGroup(group) is { } found ? Find(specs, found.Range.Value, count, iana) : null;
}
