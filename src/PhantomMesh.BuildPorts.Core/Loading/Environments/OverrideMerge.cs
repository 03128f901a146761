using PhantomMesh.BuildPorts.Diagnostics;
using PhantomMesh.BuildPorts.Loading.Binding;
using PhantomMesh.BuildPorts.Text;
using PhantomMesh.BuildPorts.Loading.Toml;

namespace PhantomMesh.BuildPorts.Loading.Environments;

/// <summary>
/// Deep-merges an environment's tables over the base spec's, as TOML trees. Every value keeps the
/// place it was written, so the bound effective spec points at the override wherever one applies
/// and at the base everywhere else. Neither tree is changed.
/// </summary>
internal sealed class OverrideMerge(string environment, DiagnosticBag diagnostics)
{
    public TomlTableNode Merge(TomlTableNode baseTable, TomlTableNode overrides, MergeShape shape) => Merge(baseTable, overrides, shape, owner: string.Empty);

    /// <param name="owner">What the table belongs to, for messages: " of container 'phantom-node'", or empty.</param>
    private TomlTableNode Merge(TomlTableNode baseTable, TomlTableNode overrides, MergeShape shape, string owner)
    {
        var merged = new TomlTableNode(baseTable.Location, baseTable.Origin);
        var chosen = shape.OneOf.FirstOrDefault(key => overrides.TryGet(key, out _));
        foreach (var entry in baseTable.Entries)
        {
            if (chosen is not null && entry.Key != chosen && shape.OneOf.Contains(entry.Key))
            {
                continue; // The environment chose the other alternative (image over dockerfile).
            }

            merged.Add(overrides.TryGet(entry.Key, out var over) ? MergeEntry(entry, over, shape, owner) : entry);
        }

        foreach (var over in overrides.Entries.Where(e => !baseTable.TryGet(e.Key, out _)))
        {
            var added = shape.Named.TryGetValue(over.Key, out var named) && over.Value is TomlTableNode table
                ? over with { Value = MergeNamed(new TomlTableNode(table.Location, table.Origin), table, named, owner) }
                : over;
            merged.Add(added);
        }

        return merged;
    }

    private TomlEntry MergeEntry(TomlEntry baseEntry, TomlEntry over, MergeShape shape, string owner)
    {
        if (baseEntry.Value is not TomlTableNode baseTable || over.Value is not TomlTableNode overTable || shape.Whole.Contains(baseEntry.Key))
        {
            return over;
        }

        var value = shape.Named.TryGetValue(baseEntry.Key, out var named)
            ? MergeNamed(baseTable, overTable, named, owner)
            : Merge(baseTable, overTable, MergeShape.ByKey, owner);
        return baseEntry with { Value = value };
    }

    /// <summary>Merges tables of named tables by name: the base's names in their order, then names only the environment has, where it may add them.</summary>
    private TomlTableNode MergeNamed(TomlTableNode baseTable, TomlTableNode overrides, NamedTables named, string owner)
    {
        var merged = new TomlTableNode(baseTable.Location, baseTable.Origin);
        foreach (var entry in baseTable.Entries)
        {
            if (!overrides.TryGet(entry.Key, out var over))
            {
                merged.Add(entry);
            }
            else if (entry.Value is TomlTableNode baseItem && over.Value is TomlTableNode overItem)
            {
                merged.Add(entry with { Value = Merge(baseItem, overItem, named.Shape, $" of {named.What} '{entry.Key}'") });
            }
            else
            {
                merged.Add(over);
            }
        }

        var known = baseTable.Entries.Select(e => e.Key).ToList();
        foreach (var over in overrides.Entries.Where(e => !baseTable.TryGet(e.Key, out _)))
        {
            if (named.MayAdd)
            {
                merged.Add(over);
                continue;
            }

            var suggestion = KeySuggester.Suggest(over.Key, known);
            var hint = suggestion is not null
                ? $"Did you mean '{suggestion}'?"
                : known.Count == 0 ? $"The base declares no {named.What}s here." : $"The base declares: {string.Join(", ", known)}.";
            diagnostics.Add(DiagnosticCatalog.OverrideTargetMissing, over.KeyLocation,
                $"[environments.{environment}] overrides the {named.What} '{over.Key}'{owner}, which the base spec does not declare. {hint} " +
                $"An environment changes or leaves out (enabled = false) what the base declares; declare a new {named.What} in the base, with enabled = false if only some environments use it.");
        }

        return merged;
    }
}
