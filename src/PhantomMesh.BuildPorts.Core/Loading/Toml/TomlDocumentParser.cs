using PhantomMesh.BuildPorts.Diagnostics;
using Tomlyn;
using Tomlyn.Parsing;

namespace PhantomMesh.BuildPorts.Loading.Toml;

/// <summary>
/// Parses TOML 1.0 text into a positioned tree, turning every problem into a diagnostic. One parser
/// (<see cref="TomlTokenParser"/>) builds every tree; when it stops at a syntax error, Tomlyn's
/// error-recovering syntax tree only describes the errors (all of them, with its own messages).
/// </summary>
internal static class TomlDocumentParser
{
    /// <summary>One broken line can produce a cascade of parser errors; past this many, they stop helping.</summary>
    public const int MaxSyntaxErrors = 20;

    /// <summary>Deeper arrays and inline tables are refused (Tomlyn's syntax tree refuses them too, before it could exhaust the stack).</summary>
    public const int MaxNesting = 63;

    internal static readonly string NestedTooDeep =
        $"Arrays and inline tables are nested more than {MaxNesting} levels deep here; flatten them (a spec needs at most 3).";

    /// <summary>Returns the tree, or null when the text is not valid TOML 1.0 (the diagnostics then say why).</summary>
    public static TomlTableNode? Parse(string text, string file, DiagnosticBag diagnostics)
    {
        var tree = TomlTokenParser.Parse(text, file, out var failure, out var builder);
        if (tree is null)
        {
            Report(failure!, text, file, diagnostics);
            return null;
        }

        var errorsBefore = diagnostics.ErrorCount;
        builder.ReportDuplicates(diagnostics);
        return diagnostics.ErrorCount > errorsBefore ? null : tree;
    }

    private static void Report(TomlParseFailure failure, string text, string file, DiagnosticBag diagnostics)
    {
        if (!failure.DescribeWithSyntaxTree || !ReportSyntaxErrors(text, file, diagnostics))
        {
            diagnostics.Add(failure.Descriptor, failure.Location, failure.Message);
        }
    }

    /// <summary>Reports the errors Tomlyn's syntax tree finds; false when it finds none (the token parser's own reason is reported then).</summary>
    private static bool ReportSyntaxErrors(string text, string file, DiagnosticBag diagnostics)
    {
        Tomlyn.Syntax.DocumentSyntax document;
        try
        {
            document = SyntaxParser.Parse(text, file, false);
        }
        catch (TomlException exception)
        {
            // The syntax parser throws only where it stops; past a syntax error the token parser did not
            // reach, that is nesting deeper than its limit, which NestingLocator places.
            if (NestingLocator.Find(text, file, MaxNesting) is { } deep)
            {
                diagnostics.Add(DiagnosticCatalog.InputLimit, deep, NestedTooDeep);
            }
            else
            {
                diagnostics.Add(DiagnosticCatalog.TomlSyntax, LocationOf(exception, file), exception.Message);
            }

            return true;
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            // Only Tomlyn's code runs inside this try, on text already known to be broken: whatever it
            // throws is about the input, and the build still gets a diagnostic instead of a stack trace.
            diagnostics.Add(DiagnosticCatalog.TomlSyntax, SourceLocation.StartOf(file),
                $"The TOML parser could not read the file ({exception.GetType().Name}: {exception.Message}).");
            return true;
        }

        var errors = document.Diagnostics.Where(d => d.Kind == Tomlyn.Syntax.DiagnosticMessageKind.Error).ToList();
        foreach (var error in errors.Take(MaxSyntaxErrors))
        {
            diagnostics.Add(DiagnosticCatalog.TomlSyntax, SpanConverter.ToLocation(error.Span, file), error.Message);
        }

        if (errors.Count > MaxSyntaxErrors)
        {
            var last = SpanConverter.ToLocation(errors[MaxSyntaxErrors].Span, file);
            diagnostics.Add(DiagnosticCatalog.TomlSyntax, last,
                $"{errors.Count - MaxSyntaxErrors} more syntax errors not shown; fix the ones above first.");
        }

        return errors.Count > 0;
    }

    private static SourceLocation LocationOf(TomlException exception, string file)
    {
        var line = Math.Max(exception.Line ?? 1, 1);
        var column = Math.Max(exception.Column ?? 1, 1);
        return new SourceLocation(file, line, column, line, column + 1);
    }
}
