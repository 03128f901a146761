using Scriban.Parsing;
using Scriban.Syntax;

namespace PhantomMesh.BuildPorts.Rendering.Sandbox;

/// <summary>
/// A template went past one of the <see cref="RenderLimits"/>. Its own type, so a limit is told from any other
/// failure by what was thrown, never by reading a message. It derives from Scriban's runtime exception so Scriban
/// passes it through unwrapped, with the position it was thrown at.
/// </summary>
internal sealed class TemplateLimitException(SourceSpan span, string message) : ScriptRuntimeException(span, message);
