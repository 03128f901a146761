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
        => TableCopy.Map(root, entry => entry.Key switch
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

        // One delegate for every item's keys, not one per item (a large spec has one item per port).
        Func<TomlEntry, TomlEntry?> keepInner = inner => inner.Key == Key ? null : inner.Key == nested ? Named(inner, diagnostics, nested: null) : inner;
        var filtered = TableCopy.Map(table, item =>
        {
            if (item.Value is not TomlTableNode itemTable || !IsEnabled(itemTable, diagnostics))
            {
                return item.Value is TomlTableNode ? null : item;
            }

            var kept = TableCopy.Map(itemTable, keepInner);
            return ReferenceEquals(kept, itemTable) ? item : item with { Value = kept };
        });
        return ReferenceEquals(filtered, table) ? section : section with { Value = filtered };
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
}
