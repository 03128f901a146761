using PhantomMesh.BuildPorts.Diagnostics;
using PhantomMesh.BuildPorts.Output;
using PhantomMesh.BuildPorts.Paths;
using PhantomMesh.BuildPorts.Rendering.Compiled;
using PhantomMesh.BuildPorts.Rendering.Regions;
using PhantomMesh.BuildPorts.Rendering.Sandbox;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace PhantomMesh.BuildPorts.Rendering;

/// <summary>
/// Renders one template, once or once per container: parses it, evaluates its front matter, renders its body, and
/// hands back the files (or region edits) it produced. Problems go to the diagnostics of the render it belongs to.
/// </summary>
internal sealed class TemplateRun(RenderSandbox sandbox, TemplateFailures failures, TemplateLocations locations, DiagnosticBag diagnostics)
{
    /// <summary>Renders <paramref name="template"/>, parsed from <paramref name="source"/> by <see cref="Parse"/>.</summary>
    public void Render(TemplateSource source, Template template, List<(GeneratedFile File, TemplateSource Template)> outputs, List<RegionEdit> regions)
    {
        IReadOnlyList<ScriptObject?> containers = FrontMatterSyntax.DeclaresEachContainer(template) ? [.. sandbox.Containers] : [null];
        TemplateContext? frontMatterContext = null; // one per template: a context costs more than most front matter
        foreach (var container in containers)
        {
            if (EvaluateFrontMatter(source, template, container, ref frontMatterContext) is not { } frontMatter)
            {
                return;
            }

            if (frontMatter.IsRegion && frontMatter.Target is null)
            {
                if (container is not null)
                {
                    continue; // per container, a region template without a target skips that container
                }

                diagnostics.Add(DiagnosticCatalog.TemplateFrontMatter, locations.OfFrontMatter(source, template, "region"),
                    "'region' names the marked region to fill, and needs 'target' (the file holding the markers) as well.");
                return;
            }

            var destination = frontMatter.IsRegion ? frontMatter.Target : frontMatter.Output ?? (container is null ? source.DefaultOutput : null);
            if (string.IsNullOrEmpty(destination))
            {
                continue; // per-container templates skip containers for which output is empty (no dockerfile, say)
            }

            var normalised = RelativePath.NormaliseOutput(destination, out _);
            if (normalised is null)
            {
                diagnostics.Add(DiagnosticCatalog.OutputPathOutsideFolder, locations.OfFrontMatter(source, template, frontMatter.IsRegion ? "target" : "output"),
                    $"'{destination}' is not a path inside the output folder: write a relative path that stays inside it, such as \"k8s/services.yaml\".");
                return;
            }

            if (RenderBody(source, template, container) is not { } content)
            {
                return;
            }

            var origin = SourceLocation.StartOf(source.DisplayPath);
            if (frontMatter.IsRegion)
            {
                regions.Add(new RegionEdit(destination, frontMatter.Region!, content, origin, source.Name));
            }
            else
            {
                outputs.Add((new GeneratedFile(normalised, content, Owned: true, origin, source.Name), source));
            }
        }
    }

    /// <summary>Scriban parses the front matter itself when the text opens with its <c>+++</c> marker. Null when it does not parse (the errors are diagnostics).</summary>
    public Template? Parse(TemplateSource source)
    {
        var mode = source.Text.StartsWith("+++", StringComparison.Ordinal) ? ScriptMode.FrontMatterAndContent : ScriptMode.Default;
        var template = Template.Parse(source.Text, source.DisplayPath, new ParserOptions(), new LexerOptions { Mode = mode });
        if (!template.HasErrors)
        {
            return template;
        }

        foreach (var message in template.Messages.Where(m => m.Type == ParserMessageType.Error).Take(10))
        {
            diagnostics.Add(DiagnosticCatalog.TemplateSyntax, locations.Locate(message.Span, source), message.Message);
        }

        return null;
    }

    /// <summary>
    /// Evaluates the front matter for one container (or the template's one output) in <paramref name="context"/>,
    /// made on first use and reused for the next container: each evaluation gets its own container scope and
    /// variables, popped after it, so nothing one container's front matter assigns is seen by the next. After a
    /// failure the template stops, so a context left halfway is never reused.
    /// </summary>
    private FrontMatter? EvaluateFrontMatter(TemplateSource source, Template template, ScriptObject? container, ref TemplateContext? context)
    {
        if (template.Page?.FrontMatter is not { } frontMatterCode)
        {
            return new FrontMatter(null, null, null, null);
        }

        var variables = new ScriptObject();
        var evaluation = context ??= sandbox.CreateContext();
        evaluation.PushGlobal(RenderSandbox.ContainerScope(container));
        evaluation.PushGlobal(variables);
        if (!failures.Run(source, () => evaluation.Evaluate(frontMatterCode)))
        {
            return null;
        }

        evaluation.PopGlobal();
        evaluation.PopGlobal();

        var frontMatter = FrontMatter.Read(variables, out var error, out var errorKey);
        if (error is not null)
        {
            diagnostics.Add(DiagnosticCatalog.TemplateFrontMatter, locations.OfFrontMatter(source, template, errorKey), error);
            return null;
        }

        return frontMatter;
    }

    private string? RenderBody(TemplateSource source, Template template, ScriptObject? container)
    {
        var context = sandbox.CreateContext(container);
        context.PushGlobal(new ScriptObject());
        if (container is null && sandbox.UseCompiledTemplates && CompiledTemplates.TryRender(source, sandbox, context, sandbox.Limits, out var compiled))
        {
            sandbox.CompiledTemplateUsed?.Invoke(source.Name);
            return compiled.Replace("\r\n", "\n", StringComparison.Ordinal);
        }

        string? text = null;
        var rendered = failures.Run(source, () => text = template.Render(context));
        sandbox.KeepParsedIncludes(context);
        return rendered ? text!.Replace("\r\n", "\n", StringComparison.Ordinal) : null;
    }
}
