using PhantomMesh.BuildPorts.Diagnostics;

namespace PhantomMesh.BuildPorts.Cli.Formatting;

internal interface IDiagnosticWriter
{
    void Write(IReadOnlyList<Diagnostic> diagnostics, TextWriter output);
}
