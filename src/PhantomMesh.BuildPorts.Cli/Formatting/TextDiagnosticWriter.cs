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

    private readonly SourceLines _sources = new();

    public void Write(IReadOnlyList<Diagnostic> diagnostics, TextWriter output)
    {
        foreach (var diagnostic in diagnostics)
        {
            WriteOne(diagnostic, output);
        }
    }

    private void WriteOne(Diagnostic diagnostic, TextWriter output)
    {
        var location = diagnostic.Location;
        var severity = diagnostic.IsError ? "error" : "warning";
        var severityColor = diagnostic.IsError ? Red : Yellow;
        output.WriteLine($"{Paint(Bold, $"{displayPath(location.File)}({location.Line},{location.Column})")}: " +
                         $"{Paint(severityColor, $"{severity} {diagnostic.Code}")}: {diagnostic.Message}");

        if (_sources.Line(location.File, location.Line) is { } source)
        {
            var number = location.Line.ToString(System.Globalization.CultureInfo.InvariantCulture);
            var gutter = new string(' ', number.Length);
            var text = source.Replace('\t', ' ');
            var start = Math.Clamp(location.Column - 1, 0, text.Length);
            var width = location.EndLine == location.Line && location.EndColumn > location.Column
                ? Math.Min(location.EndColumn - location.Column, Math.Max(text.Length - start, 1))
                : 1;
            output.WriteLine($" {Paint(Dim, number + " |")} {text}");
            output.WriteLine($" {Paint(Dim, gutter + " |")} {new string(' ', start)}{Paint(severityColor, new string('^', width))}");
        }

        foreach (var related in diagnostic.Related)
        {
            output.WriteLine($"  {Paint(Cyan, "note")}: {related.Message} at {displayPath(related.Location.File)}({related.Location.Line},{related.Location.Column})");
        }

        output.WriteLine($"  {Paint(Cyan, "help")}: {diagnostic.Help} (phantom-gen explain {diagnostic.Code})");
    }

    private string Paint(string color, string text) => useColor ? color + text + Reset : text;
}
