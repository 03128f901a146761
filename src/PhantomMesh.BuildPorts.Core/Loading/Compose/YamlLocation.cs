using PhantomMesh.BuildPorts.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace PhantomMesh.BuildPorts.Loading.Compose;

/// <summary>Where a YAML node or a character inside a scalar was written.</summary>
internal static class YamlLocation
{
    public static SourceLocation Of(string file, YamlNode node) => Of(file, node.Start, node.End);

    public static SourceLocation Of(string file, Mark start, Mark end)
    {
        var line = Math.Max(1, (int)Math.Min(start.Line, int.MaxValue));
        var column = Math.Max(1, (int)Math.Min(start.Column, int.MaxValue));
        var endLine = (int)Math.Min(end.Line, int.MaxValue);
        var endColumn = (int)Math.Min(end.Column, int.MaxValue);
        return endLine > line || (endLine == line && endColumn > column)
            ? new SourceLocation(file, line, column, endLine, endColumn)
            : new SourceLocation(file, line, column, line, column);
    }

    /// <summary>
    /// The place of the character at <paramref name="index"/> of a scalar's value: exact for a scalar
    /// written on one line without escapes, the start of the scalar otherwise.
    /// </summary>
    public static SourceLocation Within(string file, YamlScalarNode scalar, int index)
    {
        var whole = Of(file, scalar);
        var value = scalar.Value ?? string.Empty;
        var quote = scalar.Style is ScalarStyle.SingleQuoted or ScalarStyle.DoubleQuoted ? 1 : 0;
        var exact = scalar.Style is ScalarStyle.Plain or ScalarStyle.SingleQuoted or ScalarStyle.DoubleQuoted
            && whole.EndLine == whole.Line
            && whole.EndColumn - whole.Column == value.Length + (2 * quote);
        if (!exact)
        {
            return whole;
        }

        var column = whole.Column + quote + index;
        return new SourceLocation(file, whole.Line, column, whole.Line, column + 1);
    }
}
