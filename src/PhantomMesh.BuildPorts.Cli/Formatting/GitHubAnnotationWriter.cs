using PhantomMesh.BuildPorts.Diagnostics;

namespace PhantomMesh.BuildPorts.Cli.Formatting;

/// <summary>
/// GitHub Actions workflow commands (<c>::error file=F,line=L,col=C,title=CODE::message</c>), which
/// show as annotations on the pull request's lines. An annotation has one place, so the related
/// places follow the message in parentheses, as the MSBuild task writes them.
/// </summary>
internal sealed class GitHubAnnotationWriter(Func<string, string> displayPath) : IDiagnosticWriter
{
    public void Write(IReadOnlyList<Diagnostic> diagnostics, TextWriter output)
    {
        foreach (var diagnostic in diagnostics)
        {
            var location = diagnostic.Location;
            var properties = $"file={Property(displayPath(location.File))},line={location.Line},col={location.Column}";
            if (location.HasEnd)
            {
                properties += $",endLine={location.EndLine},endColumn={location.EndColumn}";
            }

            properties += $",title={Property($"{diagnostic.Code}: {diagnostic.Descriptor.Title}")}";
            var related = string.Concat(diagnostic.Related.Select(r => $" ({r.Message}: {displayPath(r.Location.File)}({r.Location.Line},{r.Location.Column}))"));
            output.WriteLine($"::{(diagnostic.IsError ? "error" : "warning")} {properties}::{Data(diagnostic.Message + related + " " + diagnostic.Help)}");
        }
    }

    /// <summary>Escaping of a command's message, as the Actions runner reads it.</summary>
    internal static string Data(string text)
        => text.Replace("%", "%25", StringComparison.Ordinal)
            .Replace("\r", "%0D", StringComparison.Ordinal)
            .Replace("\n", "%0A", StringComparison.Ordinal);

    /// <summary>Escaping of a property value, which also may not hold ':' or ','.</summary>
    internal static string Property(string text)
        => Data(text).Replace(":", "%3A", StringComparison.Ordinal).Replace(",", "%2C", StringComparison.Ordinal);
}
