using System.Text;
using PhantomMesh.BuildPorts.Diagnostics;

namespace PhantomMesh.BuildPorts.Loading;

/// <summary>Reads a spec (or an included Compose or .env file) as UTF-8 text, refusing what is too large or not text before a parser sees it.</summary>
internal static class SpecFileReader
{
    /// <summary>Large enough for a 100,000-port spec; a file past it is almost certainly not a hand-kept spec.</summary>
    public const long MaxSpecBytes = 32 * 1024 * 1024;

    private const string SpecKind = "Spec file";

    /// <param name="kind">How messages name the file: "Spec file", "Compose file", "Env file".</param>
    public static string? Read(string path, SourceLocation? referencedFrom, DiagnosticBag diagnostics, string kind = SpecKind)
    {
        byte[] bytes;
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists)
            {
                Report(diagnostics, path, referencedFrom, $"{kind} '{path}' does not exist.");
                return null;
            }

            if (info.Length > MaxSpecBytes)
            {
                diagnostics.Add(DiagnosticCatalog.InputLimit, referencedFrom ?? SourceLocation.StartOf(path),
                    $"{kind} '{path}' is {info.Length / (1024 * 1024)} MiB; {(kind == SpecKind ? "specs" : kind + "s")} are limited to {MaxSpecBytes / (1024 * 1024)} MiB.");
                return null;
            }

            bytes = File.ReadAllBytes(path);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            Report(diagnostics, path, referencedFrom, $"{kind} '{path}' cannot be read: {exception.Message}");
            return null;
        }

        return Decode(bytes, path, diagnostics, kind == SpecKind ? "TOML files" : kind + "s");
    }

    private static string? Decode(byte[] bytes, string path, DiagnosticBag diagnostics, string kinds)
    {
        try
        {
            return TextEncodings.StripBom(TextEncodings.StrictUtf8.GetString(bytes));
        }
        catch (DecoderFallbackException exception)
        {
            diagnostics.Add(DiagnosticCatalog.SpecUnreadable, LocationOfByte(bytes, Math.Max(exception.Index, 0), path),
                $"'{path}' is not UTF-8 text (invalid byte at offset {Math.Max(exception.Index, 0)}); {kinds} must be UTF-8.");
            return null;
        }
    }

    private static void Report(DiagnosticBag diagnostics, string path, SourceLocation? referencedFrom, string message)
    {
        if (referencedFrom is { } include)
        {
            diagnostics.Add(DiagnosticCatalog.IncludeNotFound, include, message + " Paths in includes are relative to the including file.");
        }
        else
        {
            diagnostics.Add(DiagnosticCatalog.SpecUnreadable, SourceLocation.StartOf(path), message);
        }
    }

    private static SourceLocation LocationOfByte(byte[] bytes, int index, string path)
    {
        var line = 1;
        var lineStart = 0;
        for (var i = 0; i < index && i < bytes.Length; i++)
        {
            if (bytes[i] == '\n')
            {
                line++;
                lineStart = i + 1;
            }
        }

        var column = index - lineStart + 1;
        return new SourceLocation(path, line, column, line, column + 1);
    }
}
