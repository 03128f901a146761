using PhantomMesh.BuildPorts.Diagnostics;

namespace PhantomMesh.BuildPorts.Loading.Toml;

/// <summary>
/// Applies TOML's table rules to a document as written (<see cref="TomlRawDocument"/>, from
/// <see cref="TomlTokenParser"/>): headers, arrays of tables, dotted keys
/// and inline tables become one tree of <see cref="TomlNode"/>s, and a key or table defined
/// twice becomes a diagnostic pointing at both definitions.
/// </summary>
internal sealed class TomlTreeBuilder(string file, DiagnosticBag diagnostics)
{
    private readonly TomlTableNode _root = new(SourceLocation.StartOf(file), TomlTableOrigin.Header);

    public TomlTableNode Build(TomlRawDocument document)
    {
        AddKeyValues(_root, document.RootItems);
        foreach (var table in document.Tables)
        {
            var target = table.IsArrayOfTables ? OpenArrayOfTables(table.Name) : OpenTable(table.Name);
            if (target is not null)
            {
                AddKeyValues(target, table.Items);
            }
        }

        return _root;
    }

    private void AddKeyValues(TomlTableNode table, List<TomlRawKeyValue> keyValues)
    {
        foreach (var keyValue in keyValues)
        {
            AddKeyValue(table, keyValue);
        }
    }

    private void AddKeyValue(TomlTableNode table, TomlRawKeyValue keyValue)
    {
        var segments = keyValue.Key;
        if (segments.Count == 0)
        {
            return;
        }

        var parent = table;
        for (var i = 0; i < segments.Count - 1; i++)
        {
            parent = DescendForDottedKey(parent, segments[i]);
            if (parent is null)
            {
                return;
            }
        }

        var last = segments[^1];
        var value = ConvertValue(keyValue.Value);
        if (value is null)
        {
            return;
        }

        if (parent.TryGet(last.Name, out var existing))
        {
            ReportDuplicate(last, existing);
            return;
        }

        parent.Add(new TomlEntry(last.Name, last.Location, value));
    }

    private TomlTableNode? DescendForDottedKey(TomlTableNode parent, TomlKeySegment segment)
    {
        if (!parent.TryGet(segment.Name, out var existing))
        {
            var created = new TomlTableNode(segment.Location, TomlTableOrigin.DottedKey);
            parent.Add(new TomlEntry(segment.Name, segment.Location, created));
            return created;
        }

        if (existing.Value is TomlTableNode { Origin: TomlTableOrigin.DottedKey or TomlTableOrigin.Implicit } table)
        {
            return table;
        }

        ReportDuplicate(segment, existing);
        return null;
    }

    private TomlTableNode? OpenTable(List<TomlKeySegment> segments)
    {
        var parent = DescendHeaderPath(segments);
        if (parent is null || segments.Count == 0)
        {
            return null;
        }

        var last = segments[^1];
        if (!parent.TryGet(last.Name, out var existing))
        {
            var created = new TomlTableNode(last.Location, TomlTableOrigin.Header);
            parent.Add(new TomlEntry(last.Name, last.Location, created));
            return created;
        }

        if (existing.Value is TomlTableNode { Origin: TomlTableOrigin.Implicit } implicitTable)
        {
            implicitTable.Origin = TomlTableOrigin.Header;
            return implicitTable;
        }

        ReportDuplicate(last, existing);
        return null;
    }

    private TomlTableNode? OpenArrayOfTables(List<TomlKeySegment> segments)
    {
        var parent = DescendHeaderPath(segments);
        if (parent is null || segments.Count == 0)
        {
            return null;
        }

        var last = segments[^1];
        var element = new TomlTableNode(last.Location, TomlTableOrigin.Header);
        if (!parent.TryGet(last.Name, out var existing))
        {
            var array = new TomlArrayNode(last.Location, isArrayOfTables: true);
            array.Items.Add(element);
            parent.Add(new TomlEntry(last.Name, last.Location, array));
            return element;
        }

        if (existing.Value is TomlArrayNode { IsArrayOfTables: true } existingArray)
        {
            existingArray.Items.Add(element);
            return element;
        }

        ReportDuplicate(last, existing);
        return null;
    }

    /// <summary>Walks all but the last segment of a header, creating implicit tables on the way.</summary>
    private TomlTableNode? DescendHeaderPath(List<TomlKeySegment> segments)
    {
        var current = _root;
        for (var i = 0; i < segments.Count - 1; i++)
        {
            var segment = segments[i];
            if (!current.TryGet(segment.Name, out var existing))
            {
                var created = new TomlTableNode(segment.Location, TomlTableOrigin.Implicit);
                current.Add(new TomlEntry(segment.Name, segment.Location, created));
                current = created;
                continue;
            }

            switch (existing.Value)
            {
                case TomlTableNode { Origin: not TomlTableOrigin.Inline } table:
                    current = table;
                    break;
                case TomlArrayNode { IsArrayOfTables: true } array when array.Items.Count > 0:
                    current = (TomlTableNode)array.Items[^1];
                    break;
                default:
                    ReportDuplicate(segment, existing);
                    return null;
            }
        }

        return current;
    }

    private TomlNode? ConvertValue(object raw)
    {
        switch (raw)
        {
            case TomlScalarNode scalar:
                return scalar;
            case TomlRawArray a:
                var array = new TomlArrayNode(a.Location, isArrayOfTables: false);
                foreach (var item in a.Items)
                {
                    if (ConvertValue(item) is { } converted)
                    {
                        array.Items.Add(converted);
                    }
                }

                return array;
            case TomlRawInlineTable t:
                var table = new TomlTableNode(t.Location, TomlTableOrigin.DottedKey);
                foreach (var item in t.Items)
                {
                    AddKeyValue(table, item);
                }

                table.Origin = TomlTableOrigin.Inline;
                return table;
            default:
                return null;
        }
    }

    private void ReportDuplicate(TomlKeySegment segment, TomlEntry existing)
    {
        diagnostics.Add(
            DiagnosticCatalog.DuplicateName,
            segment.Location,
            $"'{segment.Name}' is already defined; TOML allows each key and table to be defined once: remove or rename one of the two.",
            new RelatedLocation(existing.KeyLocation, $"'{segment.Name}' first defined here"));
    }
}
