using PhantomMesh.BuildPorts.Diagnostics;

namespace PhantomMesh.BuildPorts.Loading.Toml;

/// <summary>
/// A TOML value with the place it was written. Tomlyn's syntax tree keeps positions but not
/// TOML's table semantics, and its model keeps semantics but not positions; this tree has both.
/// </summary>
internal abstract class TomlNode(SourceLocation location)
{
    public SourceLocation Location { get; } = location;

    /// <summary>The TOML type name used in messages: "string", "integer", "table", ...</summary>
    public abstract string TypeName { get; }
}
