namespace PhantomMesh.BuildPorts.Diagnostics;

/// <summary>One problem found in a spec or a template, pointing at the exact place it comes from.</summary>
public sealed record Diagnostic(
    DiagnosticDescriptor Descriptor,
    DiagnosticSeverity Severity,
    string Message,
    SourceLocation Location,
    IReadOnlyList<RelatedLocation> Related)
{
    public string Code => Descriptor.Code;

    /// <summary>The environment the problem exists in only, when the base spec does not have it.</summary>
    public string? Environment { get; init; }

    public string Help => Descriptor.Help;

    public bool IsError => Severity == DiagnosticSeverity.Error;

    public static Diagnostic Create(DiagnosticDescriptor descriptor, SourceLocation location, string message, params RelatedLocation[] related)
        => new(descriptor, descriptor.DefaultSeverity, message, location, related);

    public Diagnostic AsError() => this with { Severity = DiagnosticSeverity.Error };

    /// <summary>The canonical form MSBuild and CI annotators understand: <c>file(line,col): error CODE: message</c>.</summary>
    public override string ToString()
        => $"{Location.File}({Location.Line},{Location.Column}): {(IsError ? "error" : "warning")} {Code}: {Message}";
}
