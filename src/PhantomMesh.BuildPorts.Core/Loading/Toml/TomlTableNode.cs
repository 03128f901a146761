using System.Runtime.InteropServices;
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
    /// <summary>
    /// Up to this many entries a key is found by a scan, which beats hashing on a spec's small tables
    /// (a port has about ten keys, and a 100,000-port spec has 100,000 of them); past it, by an index.
    /// </summary>
    private const int ScanLimit = 8;

    private readonly List<TomlEntry> _ordered = [];
    private Dictionary<string, TomlEntry>? _index;

    public TomlTableOrigin Origin { get; set; } = origin;

    /// <summary>Entries in the order they were written.</summary>
    public IReadOnlyList<TomlEntry> Entries => _ordered;

    /// <summary><see cref="Entries"/> for a loop that does not change the table (no enumerator, no interface call per entry).</summary>
    public ReadOnlySpan<TomlEntry> EntrySpan => CollectionsMarshal.AsSpan(_ordered);

    public override string TypeName => "table";

    public bool TryGet(string key, out TomlEntry entry)
    {
        if (_index is not null)
        {
            return _index.TryGetValue(key, out entry!);
        }

        foreach (var candidate in CollectionsMarshal.AsSpan(_ordered))
        {
            if (string.Equals(candidate.Key, key, StringComparison.Ordinal))
            {
                entry = candidate;
                return true;
            }
        }

        entry = null!;
        return false;
    }

    /// <summary>Adds an entry whose key the table does not have yet (callers check with <see cref="TryGet"/>).</summary>
    public void Add(TomlEntry entry)
    {
        _ordered.Add(entry);
        if (_index is not null)
        {
            _index.Add(entry.Key, entry);
        }
        else if (_ordered.Count > ScanLimit)
        {
            _index = new Dictionary<string, TomlEntry>(_ordered.Count * 2, StringComparer.Ordinal);
            foreach (var existing in _ordered)
            {
                _index.Add(existing.Key, existing);
            }
        }
    }
}
