using PhantomMesh.BuildPorts.Diagnostics;

namespace PhantomMesh.BuildPorts.Validation;

/// <summary>
/// Tells an environment's own problems from those it shares with the base spec: a diagnostic the
/// base check reports too (same code, place and message) belongs to the base; any other is the
/// environment's, and its message names the environment.
/// </summary>
internal static class EnvironmentDiagnostics
{
    public static IReadOnlyList<Diagnostic> Name(IReadOnlyList<Diagnostic> environmentDiagnostics, IReadOnlyList<Diagnostic> baseDiagnostics, string environment)
    {
        var shared = baseDiagnostics.Select(Key).ToHashSet();
        return [.. environmentDiagnostics.Select(d => shared.Contains(Key(d)) ? d : Named(d, environment))];
    }

    /// <summary>Only the environment's own diagnostics, named.</summary>
    public static IEnumerable<Diagnostic> Specific(IReadOnlyList<Diagnostic> environmentDiagnostics, IReadOnlyList<Diagnostic> baseDiagnostics, string environment)
        => Name(environmentDiagnostics, baseDiagnostics, environment).Where(d => d.Environment is not null);

    private static Diagnostic Named(Diagnostic diagnostic, string environment)
        => diagnostic.Code == DiagnosticCatalog.UnknownEnvironment.Code
            ? diagnostic
            : diagnostic with { Message = $"In environment '{environment}': {diagnostic.Message}", Environment = environment };

    private static (string, DiagnosticSeverity, SourceLocation, string) Key(Diagnostic d) => (d.Code, d.Severity, d.Location, d.Message);
}
