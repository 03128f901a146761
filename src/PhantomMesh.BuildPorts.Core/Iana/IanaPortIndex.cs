namespace PhantomMesh.BuildPorts.Iana;

/// <summary>
/// The snapshot lines of one protocol grouped by port: the lines covering port p are
/// <c>_lines[_starts[p] .. _starts[p + 1])</c> (indexes into the snapshot's line list), so a
/// lookup is two array reads.
/// </summary>
internal sealed class IanaPortIndex
{
    private readonly int[] _starts = new int[IanaRegistry.MaxPort + 2];
    private readonly int[] _lines;

    public IanaPortIndex(List<IanaSnapshotLine> lines, int protocolSlot)
    {
        // A counting sort: count the lines per port, turn the counts into end offsets, then place
        // each line walking the list backwards, which leaves each port's start offset behind and
        // keeps file order within a port.
        var total = 0;
        foreach (var line in lines)
        {
            if (line.ProtocolSlot == protocolSlot)
            {
                for (var port = line.FirstPort; port <= line.LastPort; port++)
                {
                    _starts[port]++;
                }

                total += line.LastPort - line.FirstPort + 1;
            }
        }

        for (var port = 1; port <= IanaRegistry.MaxPort; port++)
        {
            _starts[port] += _starts[port - 1];
        }

        _starts[IanaRegistry.MaxPort + 1] = total;
        _lines = new int[total];
        for (var index = lines.Count - 1; index >= 0; index--)
        {
            var line = lines[index];
            if (line.ProtocolSlot == protocolSlot)
            {
                for (var port = line.FirstPort; port <= line.LastPort; port++)
                {
                    _lines[--_starts[port]] = index;
                }
            }
        }
    }

    /// <summary>The indexes of the lines covering <paramref name="port"/>, which must be within 0-65535.</summary>
    public ReadOnlySpan<int> LinesAt(int port) =>
        _lines.AsSpan(_starts[port], _starts[port + 1] - _starts[port]);
}
