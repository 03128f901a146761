using System.Globalization;
using System.Runtime.ExceptionServices;
using System.Text.RegularExpressions;
using PhantomMesh.BuildPorts.Diagnostics;
using PhantomMesh.BuildPorts.Rendering.Sandbox;
using Scriban.Parsing;
using Scriban.Syntax;

namespace PhantomMesh.BuildPorts.Rendering;

/// <summary>
/// Runs template code and turns what the template did wrong into a diagnostic, told apart by the type of what was
/// thrown, never by its message. A failure that is not the template's (a bug of ours, such as a
/// <see cref="NullReferenceException"/>) is thrown on as it is, so it is not mistaken for a broken template.
/// </summary>
internal sealed class TemplateFailures(TemplateLocations locations, RenderLimits limits, TimeSpan timeLimit, DiagnosticBag diagnostics)
{
    /// <summary>Returns whether <paramref name="action"/> ran to its end; when not, the reason is in the diagnostics.</summary>
    public bool Run(TemplateSource source, Action action)
    {
        try
        {
            action();
            return true;
        }
        catch (IncludeRefusedException refused)
        {
            diagnostics.Add(refused.Refusal with { Location = locations.Shown(refused.Refusal.Location, source) });
        }
        catch (TemplateLimitException limit)
        {
            diagnostics.Add(DiagnosticCatalog.TemplateLimit, locations.Locate(limit.Span, source), limit.OriginalMessage);
        }
        catch (Exception deadline) when (deadline is ScriptAbortException or OperationCanceledException)
        {
            diagnostics.Add(DiagnosticCatalog.TemplateLimit, SourceLocation.StartOf(source.DisplayPath),
                string.Create(CultureInfo.InvariantCulture, $"Rendering took longer than {timeLimit.TotalSeconds:0.###} s, its limit for this spec ({limits.Time.TotalSeconds:0.###} s per {RenderLimits.PortsPerTimeLimit} ports of the spec); look for an endless loop in this template."));
        }
        catch (ScriptParserRuntimeException included)
        {
            // An included template that does not parse: syntax errors, at their own file and position.
            foreach (var message in included.ParserMessages.Where(m => m.Type == ParserMessageType.Error).Take(10))
            {
                diagnostics.Add(DiagnosticCatalog.TemplateSyntax, locations.Locate(message.Span, source), message.Message);
            }
        }
        catch (ScriptRuntimeException failure) when (failure.InnerException is null || IsTemplateCaused(failure.InnerException))
        {
            diagnostics.Add(DiagnosticCatalog.TemplateRuntime, locations.Locate(failure.Span, source), failure.OriginalMessage);
        }
        catch (ScriptRuntimeException wrapped)
        {
            // Scriban wraps whatever a function throws; a bug of ours inside it is rethrown as itself.
            ExceptionDispatchInfo.Capture(wrapped.InnerException!).Throw();
        }
        catch (Exception failure) when (IsTemplateCaused(failure))
        {
            diagnostics.Add(DiagnosticCatalog.TemplateRuntime, SourceLocation.StartOf(source.DisplayPath), $"The template failed: {failure.Message}");
        }

        return false;
    }

    /// <summary>
    /// What a function throws when a template hands it values it cannot use (a bad format string, a number too
    /// large, a regular expression that runs too long) or calls one the sandbox refuses.
    /// </summary>
    private static bool IsTemplateCaused(Exception exception)
        => exception is ArgumentException or FormatException or ArithmeticException or RegexMatchTimeoutException
            or InvalidOperationException or TemplateRefusalException or ScriptRuntimeException;
}
