namespace PhantomMesh.BuildPorts.Iana;

/// <summary>
/// The entries of one protocol grouped by port: the entries covering port p are
/// <c>_entries[_starts[p] .. _starts[p + 1])</c>, so a lookup is two array reads.
/// </summary>
internal sealed class IanaPortIndex
{
    private readonly int[] _starts = new int[IanaRegistry.MaxPort + 2];
    private readonly IanaServiceEntry[] _entries;

    public IanaPortIndex(IReadOnlyList<IanaServiceEntry> entries, string protocol)
    {
        // Count the entries per port, turn the counts into start offsets, then place each
        // entry; walking the list in order keeps file order within a port.
        var total = 0;
        foreach (var entry in entries)
        {
            if (entry.Protocol != protocol)
            {
                continue;
            }

            for (var port = entry.FirstPort; port <= entry.LastPort; port++)
            {
                _starts[port + 1]++;
                total++;
            }
        }

        for (var port = 1; port < _starts.Length; port++)
        {
            _starts[port] += _starts[port - 1];
        }

        _entries = new IanaServiceEntry[total];
        var next = (int[])_starts.Clone();
        foreach (var entry in entries)
        {
            if (entry.Protocol != protocol)
            {
                continue;
            }

            for (var port = entry.FirstPort; port <= entry.LastPort; port++)
            {
                _entries[next[port]++] = entry;
            }
        }
    }

    /// <summary>The entries covering <paramref name="port"/>, which must be within 0-65535.</summary>
    public ArraySegment<IanaServiceEntry> EntriesAt(int port) =>
        new(_entries, _starts[port], _starts[port + 1] - _starts[port]);
}
