using PhantomMesh.BuildPorts.Diagnostics;

namespace PhantomMesh.BuildPorts.Loading.Toml;

/// <summary>
/// A TOML document as written, before TOML's table rules are applied: the key-values before the
/// first header, then each header with its key-values. <see cref="TomlTokenParser"/> produces it, and <see cref="TomlTreeBuilder"/> turns it into the tree.
/// </summary>
internal sealed class TomlRawDocument
{
    public List<TomlRawKeyValue> RootItems { get; } = [];

    public List<TomlRawTable> Tables { get; } = [];
}

/// <summary>A <c>[header]</c> or <c>[[header]]</c> and the key-values under it.</summary>
internal sealed class TomlRawTable(List<TomlKeySegment> name, bool isArrayOfTables)
{
    public List<TomlKeySegment> Name { get; } = name;

    public bool IsArrayOfTables { get; } = isArrayOfTables;

    public List<TomlRawKeyValue> Items { get; } = [];
}

/// <summary>A (possibly dotted) key and its value: a <see cref="TomlScalarNode"/>, <see cref="TomlRawArray"/> or <see cref="TomlRawInlineTable"/>.</summary>
internal readonly record struct TomlRawKeyValue(List<TomlKeySegment> Key, object Value);

internal sealed class TomlRawArray(SourceLocation location)
{
    public SourceLocation Location { get; } = location;

    public List<object> Items { get; } = [];
}

internal sealed class TomlRawInlineTable(SourceLocation location)
{
    public SourceLocation Location { get; } = location;

    public List<TomlRawKeyValue> Items { get; } = [];
}

/// <summary>One segment of a key or header, with where it was written.</summary>
internal readonly record struct TomlKeySegment(string Name, SourceLocation Location);
