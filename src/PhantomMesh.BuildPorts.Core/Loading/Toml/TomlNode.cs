using PhantomMesh.BuildPorts.Diagnostics;

namespace PhantomMesh.BuildPorts.Loading.Toml;

/// <summary>
/// A TOML value with the place it was written. Tomlyn's syntax tree keeps positions but not
/// TOML's table semantics, and its model keeps semantics but not positions; this tree has both.
/// </summary>
internal abstract class TomlNode(SourceLocation location)
{
    /// <summary>Set once more when an array or inline table closes: it spans to its closing bracket.</summary>
    public SourceLocation Location { get; internal set; } = location;

    /// <summary>The TOML type name used in messages: "string", "integer", "table", ...</summary>
    public abstract string TypeName { get; }
}
