using PhantomMesh.BuildPorts.Diagnostics;

namespace PhantomMesh.BuildPorts.Loading.Toml;

internal sealed class TomlArrayNode(SourceLocation location, bool isArrayOfTables) : TomlNode(location)
{
    public List<TomlNode> Items { get; } = [];

    /// <summary>True for an array built from <c>[[name]]</c> headers, which later headers may extend.</summary>
    public bool IsArrayOfTables { get; } = isArrayOfTables;

    public override string TypeName => IsArrayOfTables ? "array of tables" : "array";
}
