using PhantomMesh.BuildPorts.Diagnostics;
using Tomlyn;
using Tomlyn.Parsing;

namespace PhantomMesh.BuildPorts.Loading.Toml;

/// <summary>Parses TOML text into a positioned tree, turning every parser complaint into a diagnostic.</summary>
public static class TomlDocumentParser
{
    /// <summary>One broken line can produce a cascade of parser errors; past this many, they stop helping.</summary>
    public const int MaxSyntaxErrors = 20;

    /// <summary>Tomlyn refuses values nested this deep (its MaxDepth), before it could exhaust the stack.</summary>
    public const int MaxNesting = 63;

    /// <summary>Returns the tree, or null when the text is not valid TOML (the diagnostics then say why).</summary>
    public static TomlTableNode? Parse(string text, string file, DiagnosticBag diagnostics)
    {
        // The token parser takes plain, valid TOML; anything else (every syntax error included) goes
        // through Tomlyn's syntax tree, which reports it.
        var raw = TomlTokenParser.TryParse(text, file) ?? ParseSyntaxTree(text, file, diagnostics);
        if (raw is null)
        {
            return null;
        }

        var errorsBefore = diagnostics.ErrorCount;
        var tree = new TomlTreeBuilder(file, diagnostics).Build(raw);
        return diagnostics.ErrorCount > errorsBefore ? null : tree;
    }

    /// <summary>The slow, thorough path: Tomlyn's full syntax tree, with its error recovery and diagnostics.</summary>
    private static TomlRawDocument? ParseSyntaxTree(string text, string file, DiagnosticBag diagnostics)
    {
        Tomlyn.Syntax.DocumentSyntax document;
        try
        {
            document = SyntaxParser.Parse(text, file, false);
        }
        catch (TomlException exception) when (exception.Message.Contains("maximum depth", StringComparison.Ordinal))
        {
            diagnostics.Add(DiagnosticCatalog.InputLimit, NestingLocator.Find(text, file, MaxNesting) ?? LocationOf(exception, file),
                $"Arrays and inline tables are nested more than {MaxNesting} levels deep here; flatten them (a spec needs at most 3).");
            return null;
        }
        catch (TomlException exception)
        {
            diagnostics.Add(DiagnosticCatalog.TomlSyntax, LocationOf(exception, file), exception.Message);
            return null;
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            // Tomlyn should only throw TomlException; anything else still must not escape to the build.
            diagnostics.Add(DiagnosticCatalog.TomlSyntax, SourceLocation.StartOf(file),
                $"The TOML parser could not read the file ({exception.GetType().Name}: {exception.Message}).");
            return null;
        }

        if (document.HasErrors)
        {
            ReportSyntaxErrors(document, file, diagnostics);
            return null;
        }

        return SyntaxTreeConverter.Convert(document, file);
    }

    private static void ReportSyntaxErrors(Tomlyn.Syntax.DocumentSyntax document, string file, DiagnosticBag diagnostics)
    {
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
    }

    private static SourceLocation LocationOf(TomlException exception, string file)
    {
        var line = Math.Max(exception.Line ?? 1, 1);
        var column = Math.Max(exception.Column ?? 1, 1);
        return new SourceLocation(file, line, column, line, column + 1);
    }
}
