namespace PhantomMesh.BuildPorts.Iana;

/// <summary>
/// The entries of one protocol: single ports sorted by port (file order within a port), found by a binary search
/// of their ports, and the few ranges, checked one by one.
/// </summary>
internal sealed class IanaProtocolTable
{
    private readonly IanaSnapshotLine[] _singles;
    private readonly int[] _singlePorts;
    private readonly IanaSnapshotLine[] _ranges;

    /// <param name="lines">Every entry of the snapshot, in file order.</param>
    /// <param name="protocolSlot">This table's protocol.</param>
    public IanaProtocolTable(List<IanaSnapshotLine> lines, int protocolSlot)
    {
        var (singleCount, rangeCount) = (0, 0);
        foreach (var line in lines)
        {
            if (line.ProtocolSlot == protocolSlot)
            {
                if (line.FirstPort == line.LastPort)
                {
                    singleCount++;
                }
                else
                {
                    rangeCount++;
                }
            }
        }

        _singles = new IanaSnapshotLine[singleCount];
        _ranges = new IanaSnapshotLine[rangeCount];
        var (singleAt, rangeAt) = (0, 0);
        foreach (var line in lines)
        {
            if (line.ProtocolSlot == protocolSlot)
            {
                if (line.FirstPort == line.LastPort)
                {
                    _singles[singleAt++] = line;
                }
                else
                {
                    _ranges[rangeAt++] = line;
                }
            }
        }

        // The published snapshot is sorted by port already; a hand-made one may not be.
        if (!IsSortedByPort(_singles))
        {
            Array.Sort(_singles, static (a, b) => a.FirstPort != b.FirstPort ? a.FirstPort.CompareTo(b.FirstPort) : a.Ordinal.CompareTo(b.Ordinal));
        }

        // The search reads only the ports: four bytes an entry instead of a whole line's record.
        _singlePorts = Array.ConvertAll(_singles, static line => line.FirstPort);
    }

    /// <summary>The entries covering <paramref name="port"/>, in file order; empty when there is none.</summary>
    public ReadOnlySpan<IanaSnapshotLine> LinesAt(int port)
    {
        var singles = SinglesAt(port);
        var rangeCount = RangesCovering(port);
        if (rangeCount == 0)
        {
            return singles;
        }

        var found = new IanaSnapshotLine[singles.Length + rangeCount];
        singles.CopyTo(found);
        var at = singles.Length;
        foreach (var range in _ranges)
        {
            if (RangeCovers(range, port))
            {
                found[at++] = range;
            }
        }

        Array.Sort(found, static (a, b) => a.Ordinal.CompareTo(b.Ordinal));
        return found;
    }

    /// <summary>Whether any entry covers <paramref name="port"/>; unlike <see cref="LinesAt"/>, it never allocates.</summary>
    public bool Covers(int port) => !SinglesAt(port).IsEmpty || RangesCovering(port) > 0;

    /// <summary>The single-port entries of <paramref name="port"/>: a lower bound found by binary search, then its equals.</summary>
    private ReadOnlySpan<IanaSnapshotLine> SinglesAt(int port)
    {
        int low = 0, high = _singlePorts.Length;
        while (low < high)
        {
            var middle = low + ((high - low) / 2);
            if (_singlePorts[middle] < port)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        var end = low;
        while (end < _singlePorts.Length && _singlePorts[end] == port)
        {
            end++;
        }

        return _singles.AsSpan(low, end - low);
    }

    private int RangesCovering(int port)
    {
        var count = 0;
        foreach (var range in _ranges)
        {
            count += RangeCovers(range, port) ? 1 : 0;
        }

        return count;
    }

    private static bool RangeCovers(IanaSnapshotLine range, int port) => range.FirstPort <= port && port <= range.LastPort;

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
