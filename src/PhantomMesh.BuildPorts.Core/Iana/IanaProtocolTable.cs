namespace PhantomMesh.BuildPorts.Iana;

/// <summary>
/// The entries of one protocol: single ports sorted by port (file order within a port), found by a binary search,
/// and the few ranges (x11's 6000-6063 and two more), checked one by one.
/// </summary>
internal sealed class IanaProtocolTable
{
    private readonly IanaSnapshotLine[] _singles;
    private readonly int[] _singlePorts;
    private readonly IanaSnapshotLine[] _ranges;

    /// <param name="singles">Single-port entries of this protocol, in file order.</param>
    /// <param name="ranges">Range entries of this protocol, in file order.</param>
    public IanaProtocolTable(List<IanaSnapshotLine> singles, List<IanaSnapshotLine> ranges)
    {
        _singles = [.. singles];
        _ranges = [.. ranges];
        // The published snapshot is sorted by port already; a hand-made one may not be.
        if (!IsSortedByPort(_singles))
        {
            Array.Sort(_singles, static (a, b) => a.FirstPort != b.FirstPort ? a.FirstPort.CompareTo(b.FirstPort) : a.Start.CompareTo(b.Start));
        }

        // The search reads only the ports: four bytes an entry instead of a whole line's record.
        _singlePorts = Array.ConvertAll(_singles, static line => line.FirstPort);
    }

    /// <summary>The entries covering <paramref name="port"/>, in file order; empty when there is none.</summary>
    public ReadOnlySpan<IanaSnapshotLine> LinesAt(int port)
    {
        var first = FirstSingleAtOrAbove(port);
        var end = first;
        while (end < _singlePorts.Length && _singlePorts[end] == port)
        {
            end++;
        }

        List<IanaSnapshotLine>? found = null;
        foreach (var range in _ranges)
        {
            if (range.FirstPort <= port && port <= range.LastPort)
            {
                (found ??= []).Add(range);
            }
        }

        if (found is null)
        {
            return _singles.AsSpan(first, end - first);
        }

        found.AddRange(_singles.AsSpan(first, end - first));
        found.Sort(static (a, b) => a.Start.CompareTo(b.Start));
        return found.ToArray();
    }

    /// <summary>Whether any entry covers <paramref name="port"/>.</summary>
    public bool Covers(int port)
    {
        var first = FirstSingleAtOrAbove(port);
        if (first < _singlePorts.Length && _singlePorts[first] == port)
        {
            return true;
        }

        foreach (var range in _ranges)
        {
            if (range.FirstPort <= port && port <= range.LastPort)
            {
                return true;
            }
        }

        return false;
    }

    private int FirstSingleAtOrAbove(int port)
    {
        var found = Array.BinarySearch(_singlePorts, port);
        if (found < 0)
        {
            return ~found;
        }

        // BinarySearch finds any one of equal ports; the entries of a port start at the first of them.
        while (found > 0 && _singlePorts[found - 1] == port)
        {
            found--;
        }

        return found;
    }

    private static bool IsSortedByPort(IanaSnapshotLine[] lines)
    {
        for (var i = 1; i < lines.Length; i++)
        {
            if (lines[i].FirstPort < lines[i - 1].FirstPort)
            {
                return false;
            }
        }

        return true;
    }
}
