namespace PhantomMesh.BuildPorts.Diagnostics;

/// <summary>What every occurrence of one diagnostic code shares: its title, default severity and how to fix it.</summary>
public sealed record DiagnosticDescriptor(string Code, string Title, DiagnosticSeverity DefaultSeverity, string Help)
{
    /// <summary>Where the code is documented, relative to the tool's repository root.</summary>
    public string HelpLink => $"docs/diagnostics.md#{Code.ToLowerInvariant()}";
}
