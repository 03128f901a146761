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
        // Every entry is mapped once, in order (a map may report); the copy starts at the first change.
        var entries = table.EntrySpan;
        TomlTableNode? copy = null;
        for (var i = 0; i < entries.Length; i++)
        {
            var entry = entries[i];
            var mapped = map(entry);
            if (copy is null)
            {
                if (ReferenceEquals(mapped, entry))
                {
                    continue;
                }

                copy = new TomlTableNode(table.Location, table.Origin);
                for (var kept = 0; kept < i; kept++)
                {
                    copy.Add(entries[kept]);
                }
            }

            if (mapped is not null)
            {
                copy.Add(mapped);
            }
        }

        return copy ?? table;
    }
}
