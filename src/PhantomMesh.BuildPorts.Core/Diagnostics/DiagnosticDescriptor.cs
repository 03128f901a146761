namespace PhantomMesh.BuildPorts.Diagnostics;

/// <summary>What every occurrence of one diagnostic code shares: its title, default severity and how to fix it.</summary>
public sealed record DiagnosticDescriptor(string Code, string Title, DiagnosticSeverity DefaultSeverity, string Help)
{
    /// <summary>
    /// The published page that documents every code; a code's section has the anchor of its code in
    /// lower case. Absolute, so that the link works where the package is used, not only in this repository.
    /// <c>phantom-gen explain CODE</c> prints the same section offline.
    /// </summary>
    public const string DocsPage = "https://github.com/phantommesh/PhantomMesh.BuildPorts/blob/main/docs/diagnostics.md";

    /// <summary>Where the code is documented: <see cref="DocsPage"/>, at the code's anchor.</summary>
    public string HelpLink => $"{DocsPage}#{Code.ToLowerInvariant()}";
}
