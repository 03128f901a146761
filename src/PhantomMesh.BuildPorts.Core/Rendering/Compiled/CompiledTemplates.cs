using PhantomMesh.BuildPorts.Rendering.Sandbox;
using Scriban;
using Scriban.Syntax;

namespace PhantomMesh.BuildPorts.Rendering.Compiled;

/// <summary>
/// Built-in templates that also exist as .NET code (<see cref="PortsMarkdown"/>), and when that code may render in
/// their place: the built-in template itself, with the built-in <c>_functions.sbn</c> (a project's own may redefine
/// the functions it calls), in a render whose templates cannot write into the model (<see cref="RenderSandbox.TemplatesCannotWriteModel"/>),
/// and well within the render's limits. Anything else, and any error, is left to Scriban, which reports it as it always has.
/// </summary>
internal static class CompiledTemplates
{
    private const string Functions = "_functions.sbn";

    /// <summary>The template nests calls three deep (<c>usage_row</c>, <c>md_cell</c>, a variable); below this, Scriban decides.</summary>
    private const int RecursionDepthNeeded = 8;

    public static bool TryRender(TemplateSource source, RenderSandbox sandbox, TemplateContext context, RenderLimits limits, out string text)
    {
        text = string.Empty;
        if (!source.IsBuiltIn || source.Name != PortsMarkdown.TemplateName || !sandbox.TemplatesCannotWriteModel
            || sandbox.Templates.Find(Functions) is not { IsBuiltIn: true })
        {
            return false;
        }

        try
        {
            if (PortsMarkdown.LoopSteps(context) >= limits.LoopIterations || limits.RecursionDepth < RecursionDepthNeeded || TimeIsUp(sandbox))
            {
                return false;
            }

            var rendered = PortsMarkdown.Render(context, source.Text);
            if (rendered.Length >= limits.OutputCharacters || TimeIsUp(sandbox))
            {
                return false;
            }

            text = rendered;
            return true;
        }
        catch (Exception exception) when (exception is ScriptRuntimeException or ArgumentException or InvalidCastException)
        {
            return false;
        }
    }

    /// <summary>Past the render's time limit Scriban would stop the template with that diagnostic; it is left to report it.</summary>
    private static bool TimeIsUp(RenderSandbox sandbox)
    {
        sandbox.Deadline.CancelIfPassed();
        return sandbox.Deadline.Token.IsCancellationRequested;
    }
}
