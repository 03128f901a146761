using PhantomMesh.BuildPorts.Diagnostics;
using Scriban.Parsing;

namespace PhantomMesh.BuildPorts.Rendering;

internal static class ScribanSpans
{
    /// <summary>Scriban positions are 0-based with an inclusive end; ours are 1-based with an exclusive end column.</summary>
    public static SourceLocation ToLocation(SourceSpan span, string fallbackFile)
    {
        var file = string.IsNullOrEmpty(span.FileName) ? fallbackFile : span.FileName;
        var start = span.Start;
        var end = span.End.Line > start.Line || (span.End.Line == start.Line && span.End.Column >= start.Column) ? span.End : start;
        return new SourceLocation(file, Math.Max(start.Line, 0) + 1, Math.Max(start.Column, 0) + 1, Math.Max(end.Line, 0) + 1, Math.Max(end.Column, 0) + 2);
    }
}
