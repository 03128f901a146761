using PhantomMesh.BuildPorts.Diagnostics;
using Scriban.Parsing;
using Scriban.Syntax;

namespace PhantomMesh.BuildPorts.Rendering.Sandbox;

/// <summary>An <c>include</c> the sandbox refused, carrying the diagnostic that says why and where.</summary>
internal sealed class IncludeRefusedException(SourceSpan span, Diagnostic refusal) : ScriptRuntimeException(span, refusal.Message)
{
    public Diagnostic Refusal { get; } = refusal;
}
