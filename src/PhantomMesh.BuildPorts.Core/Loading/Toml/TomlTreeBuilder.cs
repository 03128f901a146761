using PhantomMesh.BuildPorts.Diagnostics;

namespace PhantomMesh.BuildPorts.Loading.Toml;

/// <summary>
/// Applies TOML's table rules while <see cref="TomlTokenParser"/> reads the text: headers, arrays of
/// tables, dotted keys and inline tables go straight into one tree of <see cref="TomlNode"/>s (no
/// document-as-written model is kept beside it), and a key or table defined twice becomes a
/// diagnostic pointing at both definitions. Those wait in <see cref="ReportDuplicates"/> until the
/// whole text has parsed: a syntax error anywhere is reported alone.
/// </summary>
internal sealed class TomlTreeBuilder(string file)
{
    private readonly List<(TomlKeySegment Segment, TomlEntry Existing)> _duplicates = [];

    /// <summary>Above zero while a value is read whose key could not be placed: what is inside it is not reported.</summary>
    private int _muted;

    public TomlTableNode Root { get; } = new(SourceLocation.StartOf(file), TomlTableOrigin.Header);

    /// <summary>Whether a key or table was defined twice so far.</summary>
    public bool HasDuplicates => _duplicates.Count > 0;

    public void Mute() => _muted++;

    public void Unmute() => _muted--;

    /// <summary>Adds every duplicate found, in the order found.</summary>
    public void ReportDuplicates(DiagnosticBag diagnostics)
    {
        foreach (var (segment, existing) in _duplicates)
        {
            diagnostics.Add(
                DiagnosticCatalog.DuplicateName,
                segment.Location,
                $"'{segment.Name}' is already defined; TOML allows each key and table to be defined once: remove or rename one of the two.",
                new RelatedLocation(existing.KeyLocation, $"'{segment.Name}' first defined here"));
        }
    }

    /// <summary>The table the last segment of a dotted key goes into (all but the last of <paramref name="segments"/>); null when one is taken.</summary>
    public TomlTableNode? ParentOfKey(TomlTableNode table, List<TomlKeySegment> segments)
    {
        var parent = table;
        for (var i = 0; i < segments.Count - 1; i++)
        {
            parent = DescendForDottedKey(parent, segments[i]);
            if (parent is null)
            {
                return null;
            }
        }

        return parent;
    }

    /// <summary>Adds the key's value to its table, unless the key is already defined there.</summary>
    public void Add(TomlTableNode parent, TomlKeySegment last, TomlNode value)
    {
        if (parent.TryGet(last.Name, out var existing))
        {
            ReportDuplicate(last, existing);
            return;
        }

        parent.Add(new TomlEntry(last.Name, last.Location, value));
    }

    public TomlTableNode? OpenTable(List<TomlKeySegment> segments)
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

    public TomlTableNode? OpenArrayOfTables(List<TomlKeySegment> segments)
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

    /// <summary>Walks all but the last segment of a header, creating implicit tables on the way.</summary>
    private TomlTableNode? DescendHeaderPath(List<TomlKeySegment> segments)
    {
        var current = Root;
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

    private void ReportDuplicate(TomlKeySegment segment, TomlEntry existing)
    {
        if (_muted == 0)
        {
            _duplicates.Add((segment, existing));
        }
    }
}
