using PhantomMesh.BuildPorts.Diagnostics;
using Tomlyn.Syntax;

namespace PhantomMesh.BuildPorts.Loading.Toml;

internal static class SpanConverter
{
    /// <summary>Tomlyn positions are 0-based with an inclusive end; ours are 1-based with an exclusive end column.</summary>
    public static SourceLocation ToLocation(SourceSpan span, string file)
    {
        var start = span.Start;
        var end = span.End;
        if (end.Line < start.Line || (end.Line == start.Line && end.Column < start.Column))
        {
            end = start;
        }

        return new SourceLocation(file, start.Line + 1, start.Column + 1, end.Line + 1, end.Column + 2);
    }
}
