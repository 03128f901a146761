using Tomlyn.Syntax;

namespace PhantomMesh.BuildPorts.Loading.Toml;

/// <summary>Turns Tomlyn's syntax tree (the fallback path) into the <see cref="TomlRawDocument"/> the tree builder reads.</summary>
internal static class SyntaxTreeConverter
{
    /// <summary>Stands for a value the syntax tree holds but TOML has no type for; the builder skips it.</summary>
    private static readonly object Unknown = new();

    public static TomlRawDocument Convert(DocumentSyntax document, string file)
    {
        var raw = new TomlRawDocument();
        AddKeyValues(raw.RootItems, document.KeyValues, file);
        foreach (var table in document.Tables)
        {
            if (table.Name is null)
            {
                continue;
            }

            var rawTable = new TomlRawTable(KeySegments(table.Name, file), table is TableArraySyntax);
            AddKeyValues(rawTable.Items, table.Items, file);
            raw.Tables.Add(rawTable);
        }

        return raw;
    }

    private static void AddKeyValues(List<TomlRawKeyValue> target, SyntaxList<KeyValueSyntax> keyValues, string file)
    {
        foreach (var keyValue in keyValues)
        {
            if (Convert(keyValue, file) is { } converted)
            {
                target.Add(converted);
            }
        }
    }

    private static TomlRawKeyValue? Convert(KeyValueSyntax keyValue, string file)
    {
        if (keyValue.Key is null || keyValue.Value is null)
        {
            return null; // Tomlyn has already reported the syntax error.
        }

        var segments = KeySegments(keyValue.Key, file);
        return segments.Count == 0 ? null : new TomlRawKeyValue(segments, ConvertValue(keyValue.Value, file));
    }

    private static object ConvertValue(ValueSyntax syntax, string file)
    {
        var location = SpanConverter.ToLocation(syntax.Span, file);
        switch (syntax)
        {
            case StringValueSyntax s:
                return new TomlScalarNode(location, TomlScalarKind.String, s.Value ?? string.Empty);
            case IntegerValueSyntax i:
                return new TomlScalarNode(location, TomlScalarKind.Integer, i.Value);
            case FloatValueSyntax f:
                return new TomlScalarNode(location, TomlScalarKind.Float, f.Value);
            case BooleanValueSyntax b:
                return new TomlScalarNode(location, TomlScalarKind.Boolean, b.Value);
            case DateTimeValueSyntax d:
                return new TomlScalarNode(location, TomlScalarKind.DateTime, d.Token?.Text ?? string.Empty);
            case ArraySyntax a:
                var array = new TomlRawArray(location);
                foreach (var item in a.Items)
                {
                    if (item.Value is not null)
                    {
                        array.Items.Add(ConvertValue(item.Value, file));
                    }
                }

                return array;
            case InlineTableSyntax t:
                var table = new TomlRawInlineTable(location);
                foreach (var item in t.Items)
                {
                    if (item.KeyValue is not null && Convert(item.KeyValue, file) is { } converted)
                    {
                        table.Items.Add(converted);
                    }
                }

                return table;
            default:
                return Unknown;
        }
    }

    private static List<TomlKeySegment> KeySegments(KeySyntax key, string file)
    {
        var segments = new List<TomlKeySegment>();
        AddSegment(segments, key.Key, file);
        foreach (var dotted in key.DotKeys)
        {
            AddSegment(segments, dotted.Key, file);
        }

        return segments;
    }

    private static void AddSegment(List<TomlKeySegment> segments, BareKeyOrStringValueSyntax? syntax, string file)
    {
        var name = syntax switch
        {
            BareKeySyntax bare => bare.Key?.Text,
            StringValueSyntax quoted => quoted.Value,
            _ => null,
        };
        if (name is not null && syntax is not null)
        {
            segments.Add(new TomlKeySegment(name, SpanConverter.ToLocation(syntax.Span, file)));
        }
    }
}
