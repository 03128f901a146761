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
internal static class ComposeYamlParser
{
    public const int MaxDepth = 64;

    public static IReadOnlyList<YamlDocument>? Parse(string text, string file, DiagnosticBag diagnostics)
    {
        try
        {
            if (TooDeep(text) is { } deep)
            {
                diagnostics.Add(DiagnosticCatalog.InputLimit, YamlLocation.Of(file, deep, deep),
                    $"The Compose file nests mappings and lists more than {MaxDepth} levels deep here; Compose files need a handful of levels.");
                return null;
            }

            var stream = new YamlStream();
            stream.Load(new StringReader(text));
            return [.. stream.Documents];
        }
        catch (YamlException exception)
        {
            diagnostics.Add(DiagnosticCatalog.ComposeYamlSyntax, YamlLocation.Of(file, exception.Start, exception.End),
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

    /// <summary>Where the nesting first passes <see cref="MaxDepth"/>, read from the parser's events, which need no recursion.</summary>
    private static Mark? TooDeep(string text)
    {
        var parser = new Parser(new StringReader(text));
        var depth = 0;
        while (parser.MoveNext())
        {
            switch (parser.Current)
            {
                case MappingStart or SequenceStart when ++depth > MaxDepth:
                    return parser.Current.Start;
                case MappingEnd or SequenceEnd:
                    depth--;
                    break;
            }
        }

        return null;
    }

    private static string Describe(YamlException exception)
    {
        var message = exception.Message.TrimEnd('.', ' ');
        return exception.InnerException is { } inner && message.Length == 0 ? inner.Message.TrimEnd('.', ' ') : message;
    }
}
