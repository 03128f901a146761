namespace PhantomMesh.BuildPorts.Diagnostics;

public enum DiagnosticSeverity
{
    Warning,
    Error,
}
