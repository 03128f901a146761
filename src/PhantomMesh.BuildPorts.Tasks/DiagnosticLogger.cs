using Microsoft.Build.Utilities;
using PhantomMesh.BuildPorts.Diagnostics;

namespace PhantomMesh.BuildPorts.Tasks;

/// <summary>
/// Logs Core diagnostics so that MSBuild prints the canonical <c>file(line,col): error CODE: message</c>
/// that IDEs and CI annotators match. End positions are left out on purpose: with them MSBuild
/// prints <c>file(line,col,endLine,endCol)</c>, which some annotators do not read. Related
/// locations go in parentheses, never in square brackets: annotators such as setup-dotnet's
/// problem matcher end the message at the first <c> [</c>, where MSBuild appends the project path.
/// </summary>
internal sealed class DiagnosticLogger(TaskLoggingHelper log)
{
    public void LogAll(IEnumerable<Diagnostic> diagnostics)
    {
        foreach (var diagnostic in diagnostics)
        {
            Log(diagnostic);
        }
    }

    private void Log(Diagnostic diagnostic)
    {
        var location = diagnostic.Location;
        var message = diagnostic.Related.Count == 0
            ? diagnostic.Message
            : diagnostic.Message + string.Concat(diagnostic.Related.Select(r => $" ({r.Message}: {r.Location})"));
        Action<string?, string?, string?, string?, string?, int, int, int, int, string?, object[]> logAs = diagnostic.IsError ? log.LogError : log.LogWarning;
        logAs(null, diagnostic.Code, null, diagnostic.Descriptor.HelpLink, location.File, location.Line, location.Column, 0, 0, message, []);
    }
}
