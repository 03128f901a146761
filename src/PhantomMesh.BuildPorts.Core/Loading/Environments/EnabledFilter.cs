using PhantomMesh.BuildPorts.Diagnostics;
using PhantomMesh.BuildPorts.Loading.Toml;

namespace PhantomMesh.BuildPorts.Loading.Environments;

/// <summary>
/// Leaves out the containers, ports, groups and reservations whose (merged) <c>enabled</c> is
/// false, and removes the key from the rest, so the binders see only what the spec uses.
/// </summary>
internal static class EnabledFilter
{
    public const string Key = "enabled";

    public static TomlTableNode Apply(TomlTableNode root, DiagnosticBag diagnostics)
        => Rebuild(root, entry => entry.Key switch
        {
            "groups" or "reserved" => Named(entry, diagnostics, nested: null),
            "containers" => Named(entry, diagnostics, nested: "ports"),
            _ => entry,
        });

    private static TomlEntry? Named(TomlEntry section, DiagnosticBag diagnostics, string? nested)
    {
        if (section.Value is not TomlTableNode table)
        {
            return section;
        }

        return section with
        {
            Value = Rebuild(table, item =>
            {
                if (item.Value is not TomlTableNode itemTable || !IsEnabled(itemTable, diagnostics))
                {
                    return item.Value is TomlTableNode ? null : item;
                }

                var kept = Rebuild(itemTable, inner => inner.Key == Key ? null : inner.Key == nested ? Named(inner, diagnostics, nested: null) : inner);
                return item with { Value = kept };
            }),
        };
    }

    private static bool IsEnabled(TomlTableNode table, DiagnosticBag diagnostics)
    {
        if (!table.TryGet(Key, out var entry))
        {
            return true;
        }

        if (entry.Value is TomlScalarNode { Kind: TomlScalarKind.Boolean, Value: bool enabled })
        {
            return enabled;
        }

        diagnostics.Add(DiagnosticCatalog.WrongType, entry.Value.Location,
            $"enabled must be true or false (without quotes), not {entry.Value.TypeName}; enabled = false leaves the table out.");
        return true;
    }

    /// <summary>A copy of <paramref name="table"/> with each entry mapped; null leaves the entry out.</summary>
    private static TomlTableNode Rebuild(TomlTableNode table, Func<TomlEntry, TomlEntry?> map)
    {
        var copy = new TomlTableNode(table.Location, table.Origin);
        foreach (var entry in table.Entries)
        {
            if (map(entry) is { } mapped)
            {
                copy.Add(mapped);
            }
        }

        return copy;
    }
}
