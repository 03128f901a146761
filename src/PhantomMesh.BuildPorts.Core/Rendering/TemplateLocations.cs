using PhantomMesh.BuildPorts.Diagnostics;
using PhantomMesh.BuildPorts.Rendering.Sandbox;
using Scriban;
using Scriban.Parsing;

namespace PhantomMesh.BuildPorts.Rendering;

/// <summary>Turns Scriban's positions into diagnostic locations that name the template's real path.</summary>
internal sealed class TemplateLocations(SandboxedTemplateLoader loader)
{
    public SourceLocation Locate(SourceSpan span, TemplateSource source) => Shown(ScribanSpans.ToLocation(span, source.DisplayPath), source);

    /// <summary>Scriban names an included template by the loader's path (template:NAME); show its real path.</summary>
    public SourceLocation Shown(SourceLocation location, TemplateSource source)
        => location with
        {
            File = loader.SourceOf(location.File)?.DisplayPath
                   ?? (string.IsNullOrEmpty(location.File) ? source.DisplayPath : location.File),
        };

    /// <summary>Where front matter assigns <paramref name="key"/>; the front matter's start when it does not.</summary>
    public SourceLocation OfFrontMatter(TemplateSource source, Template template, string? key)
    {
        if (key is not null && FrontMatterSyntax.FindAssignment(template, key) is { } at)
        {
            return Locate(at, source);
        }

        return Locate(template.Page?.FrontMatter?.Span ?? default, source);
    }
}
