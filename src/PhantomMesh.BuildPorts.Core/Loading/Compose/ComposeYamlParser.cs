using System.Text.RegularExpressions;
using PhantomMesh.BuildPorts.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace PhantomMesh.BuildPorts.Loading.Compose;

/// <summary>
/// Turns the text of a Compose file into YAML documents with positions. A YAML error is PM1013 at its
/// position; nesting deeper than any Compose file needs is PM1007, found before the tree is built
/// (the tree builder recurses once per level and would exhaust the stack on hostile input).
/// </summary>
internal static partial class ComposeYamlParser
{
    public const int MaxDepth = 64;

    public static IReadOnlyList<YamlDocument>? Parse(string text, string file, DiagnosticBag diagnostics)
    {
        try
        {
            if (PreScan(text, file) is { } problem)
            {
                diagnostics.Add(problem);
                return null;
            }

            var stream = new YamlStream();
            stream.Load(new StringReader(text));
            return [.. stream.Documents];
        }
        catch (YamlException exception)
        {
            diagnostics.Add(DiagnosticCatalog.ComposeYamlSyntax, Locate(exception, text, file),
                $"The Compose file is not valid YAML: {Describe(exception)}.");
            return null;
        }
        catch (Exception exception) when (exception is ArgumentException or InvalidOperationException or FormatException or OverflowException)
        {
            diagnostics.Add(DiagnosticCatalog.ComposeYamlSyntax, SourceLocation.StartOf(file),
                $"The Compose file cannot be read as YAML: {exception.Message}");
            return null;
        }
    }

    /// <summary>
    /// Reads the parser's events, which need no recursion, for what the tree builder reports badly or
    /// not at all: nesting past <see cref="MaxDepth"/>, and an alias to an anchor not defined above it.
    /// </summary>
    private static Diagnostic? PreScan(string text, string file)
    {
        var parser = new Parser(new StringReader(text));
        var anchors = new HashSet<string>(StringComparer.Ordinal);
        var depth = 0;
        while (parser.MoveNext())
        {
            var current = parser.Current!;
            if (current is NodeEvent { Anchor.IsEmpty: false } node)
            {
                anchors.Add(node.Anchor.Value);
            }

            switch (current)
            {
                case AnchorAlias alias when !anchors.Contains(alias.Value.Value):
                    return Diagnostic.Create(DiagnosticCatalog.ComposeYamlSyntax, YamlLocation.Of(file, alias.Start, alias.End),
                        $"The Compose file is not valid YAML: the alias *{PrintableText.Of(alias.Value.Value)} names no anchor above it; define &{PrintableText.Of(alias.Value.Value)} first.");
                case MappingStart or SequenceStart when ++depth > MaxDepth:
                    return Diagnostic.Create(DiagnosticCatalog.InputLimit, YamlLocation.Of(file, current.Start, current.Start),
                        $"The Compose file nests mappings and lists more than {MaxDepth} levels deep here; Compose files need a handful of levels.");
                case MappingEnd or SequenceEnd:
                    depth--;
                    break;
            }
        }

        return null;
    }

    /// <summary>
    /// The exception's position; where the line it points at, or the next one, is indented with a tab
    /// (which YAML forbids, and which the parser reports a token later), the tab. Decided from the text,
    /// not from the exception's message.
    /// </summary>
    private static SourceLocation Locate(YamlException exception, string text, string file)
    {
        var start = (int)Math.Clamp(exception.Start.Index, 0, text.Length);
        var lineStart = start == 0 ? 0 : text.LastIndexOf('\n', start - 1) + 1;
        if (TabIndentation().Match(text, lineStart) is { Success: true } tab
            && TextPosition.Of(text, tab.Index).Line - TextPosition.Of(text, lineStart).Line <= 1)
        {
            var at = TextPosition.Of(text, tab.Index + tab.Length - 1);
            return new SourceLocation(file, at.Line, at.Column, at.Line, at.Column + 1);
        }

        return YamlLocation.Of(file, exception.Start, exception.End);
    }

    private static string Describe(YamlException exception)
    {
        var message = exception.Message.TrimEnd('.', ' ');
        const string duplicate = "Duplicate key ";
        return message.StartsWith(duplicate, StringComparison.Ordinal)
            ? $"the key '{PrintableText.Of(message[duplicate.Length..])}' is written twice in one mapping"
            : PrintableText.Of(message, int.MaxValue);
    }

    [GeneratedRegex(@"(?<=^|\n)[ ]*\t")]
    private static partial Regex TabIndentation();
}
