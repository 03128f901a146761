using System.Globalization;
using System.Text;
using PhantomMesh.BuildPorts.Diagnostics;

namespace PhantomMesh.BuildPorts.Cli.Formatting;

/// <summary>
/// The canonical <c>file(line,col): error CODE: message</c> line that editors and CI annotators
/// match, then the source line with a caret under the column, the related places and the fix.
/// </summary>
internal sealed class TextDiagnosticWriter(bool useColor, Func<string, string> displayPath) : IDiagnosticWriter
{
    private const string Red = "\u001b[31m";
    private const string Yellow = "\u001b[33m";
    private const string Cyan = "\u001b[36m";
    private const string Dim = "\u001b[2m";
    private const string Bold = "\u001b[1m";
    private const string Reset = "\u001b[0m";

    // Diagnostics are built in one buffer and handed to the writer in large pieces: a console
    // writer flushes on every call, and a big spec can have thousands of warnings.
    private const int FlushThreshold = 64 * 1024;

    private readonly SourceLines _sources = new();

    public void Write(IReadOnlyList<Diagnostic> diagnostics, TextWriter output)
    {
        var text = new StringBuilder();
        foreach (var diagnostic in diagnostics)
        {
            AppendOne(diagnostic, text, output.NewLine);
            if (text.Length >= FlushThreshold)
            {
                output.Write(text);
                text.Clear();
            }
        }

        output.Write(text);
    }

    private void AppendOne(Diagnostic diagnostic, StringBuilder text, string newLine)
    {
        var location = diagnostic.Location;
        var severity = diagnostic.IsError ? "error" : "warning";
        var severityColor = diagnostic.IsError ? Red : Yellow;
        Paint(text, Bold, $"{displayPath(location.File)}({location.Line},{location.Column})").Append(": ");
        Paint(text, severityColor, $"{severity} {diagnostic.Code}").Append(": ").Append(diagnostic.Message).Append(newLine);

        if (_sources.Line(location.File, location.Line) is { } source)
        {
            var number = location.Line.ToString(CultureInfo.InvariantCulture);
            var start = Math.Clamp(location.Column - 1, 0, source.Length);
            var width = location.EndLine == location.Line && location.EndColumn > location.Column
                ? Math.Min(location.EndColumn - location.Column, Math.Max(source.Length - start, 1))
                : 1;
            text.Append(' ');
            Paint(text, Dim, number + " |").Append(' ').Append(source).Replace('\t', ' ', text.Length - source.Length, source.Length).Append(newLine);
            text.Append(' ');
            Paint(text, Dim, new string(' ', number.Length) + " |").Append(' ').Append(' ', start);
            Paint(text, severityColor, new string('^', width)).Append(newLine);
        }

        foreach (var related in diagnostic.Related)
        {
            text.Append("  ");
            Paint(text, Cyan, "note").Append(": ").Append(related.Message).Append(" at ")
                .Append(displayPath(related.Location.File)).Append('(').Append(related.Location.Line).Append(',').Append(related.Location.Column).Append(')').Append(newLine);
        }

        text.Append("  ");
        Paint(text, Cyan, "help").Append(": ").Append(diagnostic.Help).Append(" (phantom-gen explain ").Append(diagnostic.Code).Append(')').Append(newLine);
    }

    private StringBuilder Paint(StringBuilder text, string color, string painted) =>
        useColor ? text.Append(color).Append(painted).Append(Reset) : text.Append(painted);
}
