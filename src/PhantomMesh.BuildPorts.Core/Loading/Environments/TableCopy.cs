using PhantomMesh.BuildPorts.Loading.Toml;

namespace PhantomMesh.BuildPorts.Loading.Environments;

/// <summary>Tables of a parsed spec with entries changed or left out, the parsed tree itself untouched.</summary>
internal static class TableCopy
{
    /// <summary>
    /// <paramref name="table"/> with each entry mapped (null leaves it out): the same instance when no
    /// entry changed, so a spec that needs no change costs no copy.
    /// </summary>
    public static TomlTableNode Map(TomlTableNode table, Func<TomlEntry, TomlEntry?> map)
    {
        var mapped = table.Entries.Select(entry => (Entry: entry, Mapped: map(entry))).ToList();
        if (mapped.All(pair => ReferenceEquals(pair.Entry, pair.Mapped)))
        {
            return table;
        }

        var copy = new TomlTableNode(table.Location, table.Origin);
        foreach (var (_, entry) in mapped)
        {
            if (entry is not null)
            {
                copy.Add(entry);
            }
        }

        return copy;
    }
}
