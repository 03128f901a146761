using PhantomMesh.BuildPorts.Cli.Formatting;
using PhantomMesh.BuildPorts.Diagnostics;

namespace PhantomMesh.BuildPorts.Cli.Commands;

/// <summary>
/// Prints diagnostics in the chosen format, and as GitHub annotations too when running under GitHub Actions.
/// It lives with the commands because it reads their context; the writers it picks know nothing of commands.
/// </summary>
internal static class DiagnosticPrinter
{
    public static void Print(CommandContext context, IReadOnlyList<Diagnostic> diagnostics, DiagnosticFormat format)
    {
        var console = context.Console;
        IDiagnosticWriter writer = format switch
        {
            DiagnosticFormat.Json => new JsonDiagnosticWriter(),
            DiagnosticFormat.Github => new GitHubAnnotationWriter(context.Display),
            DiagnosticFormat.Sarif => new SarifWriter(context.WorkingDirectory, PhantomGen.Version),
            _ => new TextDiagnosticWriter(console.UseColor, context.Display),
        };
        writer.Write(diagnostics, console.Out);

        if (console.IsGitHubActions && format != DiagnosticFormat.Github)
        {
            // Annotations go to stderr so that --format json or sarif on stdout stays parseable.
            new GitHubAnnotationWriter(context.Display).Write(diagnostics, console.Error);
        }
    }
}
