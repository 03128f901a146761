using PhantomMesh.BuildPorts.Diagnostics;

namespace PhantomMesh.BuildPorts.Loading.Toml;

/// <summary>How a table came to exist, which decides whether TOML lets a later line add to it.</summary>
internal enum TomlTableOrigin
{
    /// <summary>Created on the way to a deeper header (<c>[a.b]</c> creates <c>a</c>); may be defined later.</summary>
    Implicit,

    /// <summary>Defined by its own <c>[header]</c>; a second header for it is a duplicate.</summary>
    Header,

    /// <summary>Created by a dotted key (<c>a.b = 1</c>); closed to headers.</summary>
    DottedKey,

    /// <summary>An inline table <c>{ ... }</c>; closed to everything.</summary>
    Inline,
}

internal sealed class TomlTableNode(SourceLocation location, TomlTableOrigin origin) : TomlNode(location)
{
    private readonly Dictionary<string, TomlEntry> _entries = new(StringComparer.Ordinal);
    private readonly List<TomlEntry> _ordered = [];

    public TomlTableOrigin Origin { get; set; } = origin;

    /// <summary>Entries in the order they were written.</summary>
    public IReadOnlyList<TomlEntry> Entries => _ordered;

    public override string TypeName => "table";

    public bool TryGet(string key, out TomlEntry entry) => _entries.TryGetValue(key, out entry!);

    public void Add(TomlEntry entry)
    {
        _entries.Add(entry.Key, entry);
        _ordered.Add(entry);
    }
}
