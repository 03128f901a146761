using PhantomMesh.BuildPorts.Diagnostics;
using PhantomMesh.BuildPorts.Loading.Toml;
using PhantomMesh.BuildPorts.Spec;
using PhantomMesh.BuildPorts.Text;

namespace PhantomMesh.BuildPorts.Loading.Binding;

/// <summary>
/// Reads the keys of one spec table with the types the schema expects. Unknown keys, wrong
/// types and missing required keys become diagnostics at the exact key or value.
/// </summary>
internal sealed class TableReader
{
    private readonly TomlTableNode _table;
    private readonly DiagnosticBag _diagnostics;

    // The path is only needed for messages, so a table nested in another is named when one is written:
    // a 100,000-port spec then builds no 100,000 path strings.
    private readonly TableReader? _parent;
    private readonly string _pathTail;
    private readonly string _pathKey;
    private string? _path;

    public TableReader(TomlTableNode table, string path, DiagnosticBag diagnostics, IReadOnlyList<string> knownKeys)
        : this(table, null, path, string.Empty, diagnostics, knownKeys)
    {
    }

    /// <summary>A table inside <paramref name="parent"/>'s, whose path is the parent's, <paramref name="pathTail"/> and <paramref name="pathKey"/> (<c>.ports.</c> and <c>api</c>).</summary>
    public TableReader(TomlTableNode table, TableReader parent, string pathTail, string pathKey, IReadOnlyList<string> knownKeys)
        : this(table, parent, pathTail, pathKey, parent.Diagnostics, knownKeys)
    {
    }

    private TableReader(TomlTableNode table, TableReader? parent, string pathTail, string pathKey, DiagnosticBag diagnostics, IReadOnlyList<string> knownKeys)
    {
        _table = table;
        _parent = parent;
        _pathTail = pathTail;
        _pathKey = pathKey;
        _diagnostics = diagnostics;
        foreach (var entry in table.EntrySpan)
        {
            if (!IsKnown(entry.Key, knownKeys))
            {
                ReportUnknown(entry, knownKeys);
            }
        }
    }

    public const string TopLevel = "";

    /// <summary>The dotted path of the table, for messages: <c>containers.phantom-node.ports.api</c>.</summary>
    public string Path => _path ??= _parent is null ? _pathTail + _pathKey : _parent.Path + _pathTail + _pathKey;

    /// <summary>How messages name the table: <c>[containers.x]</c>, or "the top level of the file".</summary>
    public string Describe => Path.Length == 0 ? "the top level of the file" : $"[{Path}]";

    public SourceLocation Location => _table.Location;

    public DiagnosticBag Diagnostics => _diagnostics;

    public bool Has(string key) => _table.TryGet(key, out _);

    public TomlEntry? Entry(string key) => _table.TryGet(key, out var entry) ? entry : null;

    public Located<string>? String(string key, bool required = false, string? example = null)
        => Scalar<string>(key, required, example, " = \"...\"", TomlScalarKind.String, "a string, in quotes");

    /// <summary>A string that must hold something: an empty one is reported as PM1009.</summary>
    public Located<string>? NonEmptyString(string key, bool required = false, string? example = null)
    {
        var text = String(key, required, example);
        if (text is { } value && string.IsNullOrWhiteSpace(value.Value))
        {
            _diagnostics.Add(DiagnosticCatalog.InvalidValue, value.Location,
                $"{key} in {Describe} is empty; write a value{(example is null ? string.Empty : $", for example: {example}")}{(required ? string.Empty : ", or leave the key out")}.");
            return null;
        }

        return text;
    }

    public Located<long>? Integer(string key, bool required = false, string? example = null)
        => Integer(key, required, example, " = 1");

    public Located<bool>? Boolean(string key)
        => Scalar<bool>(key, required: false, null, " = true", TomlScalarKind.Boolean, "true or false, without quotes");

    /// <summary>A port number: an integer from 1 to 65535.</summary>
    public Located<int>? Port(string key, bool required = false)
    {
        var number = Integer(key, required, null, " = 24510");
        if (number is not { } value)
        {
            return null;
        }

        if (value.Value is < 1 or > 65535)
        {
            _diagnostics.Add(DiagnosticCatalog.PortOutOfRange, value.Location,
                $"{key} = {value.Value} is not a port: ports are numbers from 1 to 65535.");
            return null;
        }

        return new Located<int>((int)value.Value, value.Location);
    }

    public TomlTableNode? Table(string key, bool required = false)
    {
        var node = Node(key);
        if (node is null && required)
        {
            ReportMissing(key, key == "project" ? "[project] with name = \"PhantomMesh\"" : $"[{(Path.Length == 0 ? key : $"{Path}.{key}")}]");
        }

        if (node is null or TomlTableNode)
        {
            return node as TomlTableNode;
        }

        ReportWrongType(key, node, $"a table ([{(Path.Length == 0 ? key : $"{Path}.{key}")}] or {{ ... }})");
        return null;
    }

    public TomlArrayNode? Array(string key)
    {
        var node = Node(key);
        if (node is null or TomlArrayNode { IsArrayOfTables: false })
        {
            return node as TomlArrayNode;
        }

        ReportWrongType(key, node, "an array, such as [\"a\", \"b\"]");
        return null;
    }

    public void ReportWrongType(string key, TomlNode node, string expected)
        => _diagnostics.Add(DiagnosticCatalog.WrongType, node.Location,
            $"{key} in {Describe} must be {expected}, not {Article(node.TypeName)}.");

    public void ReportMissing(string key, string example)
        => _diagnostics.Add(DiagnosticCatalog.MissingKey, _table.Location,
            $"{char.ToUpperInvariant(Describe[0])}{Describe[1..]} needs the key '{key}', for example: {example}");

    private Located<long>? Integer(string key, bool required, string? example, string exampleValue)
        => Scalar<long>(key, required, example, exampleValue, TomlScalarKind.Integer, "an integer, without quotes");

    /// <summary>
    /// The key's value when it is a scalar of <paramref name="kind"/>; otherwise null, after reporting a
    /// wrong type (or a missing required key, with <paramref name="example"/>, or else the key and <paramref name="exampleValue"/>).
    /// </summary>
    private Located<T>? Scalar<T>(string key, bool required, string? example, string exampleValue, TomlScalarKind kind, string expected)
    {
        var node = Node(key);
        if (node is null)
        {
            if (required)
            {
                ReportMissing(key, example ?? key + exampleValue);
            }

            return null;
        }

        if (node is TomlScalarNode scalar && scalar.Kind == kind && scalar.Value is T value)
        {
            return new Located<T>(value, node.Location);
        }

        ReportWrongType(key, node, expected);
        return null;
    }

    private TomlNode? Node(string key) => _table.TryGet(key, out var entry) ? entry.Value : null;

    private static bool IsKnown(string key, IReadOnlyList<string> knownKeys)
        => knownKeys is string[] keys ? System.Array.IndexOf(keys, key) >= 0 : knownKeys.Contains(key);

    private void ReportUnknown(TomlEntry entry, IReadOnlyList<string> knownKeys)
    {
        var suggestion = KeySuggester.Suggest(entry.Key, knownKeys);
        var hint = suggestion is null
            ? $"Known keys here: {string.Join(", ", knownKeys)}."
            : $"Did you mean '{suggestion}'?";
        _diagnostics.Add(DiagnosticCatalog.UnknownKey, entry.KeyLocation, $"Unknown key '{entry.Key}' in {Describe}. {hint}");
    }

    internal static string Article(string typeName)
        => "aeiou".Contains(typeName[0], StringComparison.Ordinal) ? $"an {typeName}" : $"a {typeName}";
}
