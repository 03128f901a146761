using PhantomMesh.BuildPorts.Diagnostics;
using PhantomMesh.BuildPorts.Paths;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace PhantomMesh.BuildPorts.Rendering.Sandbox;

/// <summary>
/// Serves <c>include</c> from the loaded template set only: nothing is read from disk at render
/// time, and a name that is rooted or climbs out with '..' is refused.
/// </summary>
internal sealed class SandboxedTemplateLoader(TemplateSet templates) : ITemplateLoader
{
    private const string Scheme = "template:";

    /// <summary>The template an included file's position names (Scriban calls it <c>template:NAME</c>), or null.</summary>
    public TemplateSource? SourceOf(string scribanPath)
        => scribanPath.StartsWith(Scheme, StringComparison.Ordinal) ? templates.Find(scribanPath[Scheme.Length..]) : null;

    public string GetPath(TemplateContext context, SourceSpan callerSpan, string templateName)
    {
        var name = RelativePath.NormaliseTemplateName(templateName);
        if (name is null)
        {
            throw Refuse(callerSpan, $"include \"{templateName}\" is refused: templates may include only other templates of the templates folder, by a relative name without '..'.");
        }

        if (templates.Find(name) is null)
        {
            throw Refuse(callerSpan, $"include \"{templateName}\" names no template; known partials: {string.Join(", ", templates.All.Where(t => t.IsPartial).Select(t => t.Name))}.");
        }

        return PathOf(name);
    }

    /// <summary>The path Scriban knows the template <paramref name="name"/> by, in its include cache and its positions.</summary>
    public static string PathOf(string name) => Scheme + name;

    public string Load(TemplateContext context, SourceSpan callerSpan, string templatePath)
        => templates.Find(templatePath[Scheme.Length..])!.Text;

    public ValueTask<string?> LoadAsync(TemplateContext context, SourceSpan callerSpan, string templatePath)
        => ValueTask.FromResult<string?>(Load(context, callerSpan, templatePath));

    private static IncludeRefusedException Refuse(SourceSpan span, string message)
        => new(span, Diagnostic.Create(DiagnosticCatalog.TemplateInclude, ScribanSpans.ToLocation(span, span.FileName), message));
}
