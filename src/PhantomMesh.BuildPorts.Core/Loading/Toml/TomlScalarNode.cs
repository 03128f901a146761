using PhantomMesh.BuildPorts.Diagnostics;

namespace PhantomMesh.BuildPorts.Loading.Toml;

internal enum TomlScalarKind
{
    String,
    Integer,
    Float,
    Boolean,
    DateTime,
}

internal sealed class TomlScalarNode(SourceLocation location, TomlScalarKind kind, object value) : TomlNode(location)
{
    public TomlScalarKind Kind { get; } = kind;

    /// <summary>string, long, double, bool, or the date-time's text.</summary>
    public object Value { get; } = value;

    public override string TypeName => Kind switch
    {
        TomlScalarKind.String => "string",
        TomlScalarKind.Integer => "integer",
        TomlScalarKind.Float => "float",
        TomlScalarKind.Boolean => "boolean",
        _ => "date-time",
    };
}
