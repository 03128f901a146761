using PhantomMesh.BuildPorts.Diagnostics;
using Tomlyn.Syntax;

namespace PhantomMesh.BuildPorts.Loading.Toml;

internal static class SpanConverter
{
    /// <summary>Tomlyn positions are 0-based with an inclusive end; ours are 1-based with an exclusive end column.</summary>
    public static SourceLocation ToLocation(SourceSpan span, string file)
        => ToLocation(span.Start.Line, span.Start.Column, span.End.Line, span.End.Column, file);

    /// <summary>The same conversion from 0-based line and column numbers; an end before the start collapses to the start.</summary>
    public static SourceLocation ToLocation(int startLine, int startColumn, int endLine, int endColumn, string file)
    {
        if (endLine < startLine || (endLine == startLine && endColumn < startColumn))
        {
            (endLine, endColumn) = (startLine, startColumn);
        }

        return new SourceLocation(file, startLine + 1, startColumn + 1, endLine + 1, endColumn + 2);
    }
}
