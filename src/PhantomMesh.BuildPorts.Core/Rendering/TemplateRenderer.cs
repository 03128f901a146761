using PhantomMesh.BuildPorts.Diagnostics;
using PhantomMesh.BuildPorts.Rendering.Functions;
using PhantomMesh.BuildPorts.Rendering.Model;
using PhantomMesh.BuildPorts.Rendering.Regions;
using PhantomMesh.BuildPorts.Spec;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace PhantomMesh.BuildPorts.Rendering;

/// <summary>
/// Stage 3 of the pipeline: renders every template of the set against the validated spec, in
/// memory. Nothing is written here; a failing template is a diagnostic at its file, line and column.
/// </summary>
public sealed class TemplateRenderer
{
    private readonly TemplateSet _templates;
    private readonly string _outputFolder;
    private readonly RenderLimits _limits;
    private readonly DiagnosticBag _diagnostics = new();
    private readonly SandboxedTemplateLoader _loader;
    /// <summary>The model and the safe-text functions, built once per render and shared, read-only, by every context.</summary>
    private ScriptObject _globals = new();
    private ScriptArray _containers = [];
    private CancellationToken _cancellation;

    public TemplateRenderer(TemplateSet templates, string outputFolder, RenderLimits? limits = null)
    {
        _templates = templates;
        _outputFolder = Path.GetFullPath(outputFolder);
        _limits = limits ?? RenderLimits.Default;
        _loader = new SandboxedTemplateLoader(templates);
    }

    public RenderResult Render(SpecSet specs)
    {
        var model = TemplateModelBuilder.Build(specs);
        _containers = (ScriptArray)model["containers"]!;
        _globals = new ScriptObject();
        _globals.Import(typeof(SafeTextFunctions));
        _globals.Import(model);
        using var timeout = new CancellationTokenSource(_limits.Time);
        _cancellation = timeout.Token;

        var outputs = new List<(RenderedFile File, TemplateSource Template)>();
        var regions = new List<RegionEdit>();
        foreach (var source in _templates.Renderable)
        {
            RenderTemplate(source, outputs, regions);
        }

        var files = ResolveOverrides(outputs);
        files.AddRange(ApplyRegions(regions));
        return new RenderResult(files.OrderBy(f => f.RelativePath, StringComparer.Ordinal).ToList(), _diagnostics.Items);
    }

    private void RenderTemplate(TemplateSource source, List<(RenderedFile, TemplateSource)> outputs, List<RegionEdit> regions)
    {
        var template = Parse(source);
        if (template is null)
        {
            return;
        }

        List<ScriptObject?> containers = FrontMatter.DeclaresEachContainer(source.Text)
            ? [.. _containers.Cast<ScriptObject>()]
            : [null];
        foreach (var container in containers)
        {
            var frontMatter = EvaluateFrontMatter(source, template, container);
            if (frontMatter is null)
            {
                return;
            }

            if (frontMatter.IsRegion && frontMatter.Target is null)
            {
                if (container is not null)
                {
                    continue; // per container, a region template without a target skips that container
                }

                _diagnostics.Add(DiagnosticCatalog.TemplateFrontMatter, FrontMatterLocation(source, template, "region"),
                    "'region' names the marked region to fill, and needs 'target' (the file holding the markers) as well.");
                return;
            }

            var destination = frontMatter.IsRegion ? frontMatter.Target : frontMatter.Output ?? (container is null ? source.DefaultOutput : null);
            if (string.IsNullOrEmpty(destination))
            {
                continue; // per-container templates skip containers for which output is empty (no dockerfile, say)
            }

            var normalised = TemplateNames.NormaliseRelative(destination);
            if (normalised is null)
            {
                _diagnostics.Add(DiagnosticCatalog.OutputPathOutsideFolder, FrontMatterLocation(source, template, frontMatter.IsRegion ? "target" : "output"),
                    $"'{destination}' is not a path inside the output folder: write a relative path that stays inside it, such as \"k8s/services.yaml\".");
                return;
            }

            var content = RenderBody(source, template, container);
            if (content is null)
            {
                return;
            }

            var origin = SourceLocation.StartOf(source.DisplayPath);
            if (frontMatter.IsRegion)
            {
                regions.Add(new RegionEdit(destination, frontMatter.Region!, content, origin));
            }
            else
            {
                outputs.Add((new RenderedFile(normalised, content, Owned: true, origin), source));
            }
        }
    }

    private Template? Parse(TemplateSource source)
    {
        var mode = source.Text.StartsWith("+++", StringComparison.Ordinal) ? ScriptMode.FrontMatterAndContent : ScriptMode.Default;
        var template = Template.Parse(source.Text, source.DisplayPath, new ParserOptions(), new LexerOptions { Mode = mode });
        if (!template.HasErrors)
        {
            return template;
        }

        foreach (var message in template.Messages.Where(m => m.Type == ParserMessageType.Error).Take(10))
        {
            _diagnostics.Add(DiagnosticCatalog.TemplateSyntax, Locate(message.Span, source), message.Message);
        }

        return null;
    }

    private FrontMatter? EvaluateFrontMatter(TemplateSource source, Template template, ScriptObject? container)
    {
        if (template.Page?.FrontMatter is null)
        {
            return new FrontMatter(null, null, null, null);
        }

        var variables = new ScriptObject();
        var context = CreateContext(container);
        context.PushGlobal(variables);
        if (!Run(source, () => context.Evaluate(template.Page.FrontMatter)))
        {
            return null;
        }

        var frontMatter = FrontMatter.Read(variables, out var error, out var errorKey);
        if (error is not null)
        {
            _diagnostics.Add(DiagnosticCatalog.TemplateFrontMatter, FrontMatterLocation(source, template, errorKey), error);
            return null;
        }

        return frontMatter;
    }

    private string? RenderBody(TemplateSource source, Template template, ScriptObject? container)
    {
        var context = CreateContext(container);
        context.PushGlobal(new ScriptObject());
        string? text = null;
        return Run(source, () => text = template.Render(context)) ? text!.Replace("\r\n", "\n", StringComparison.Ordinal) : null;
    }

    private TemplateContext CreateContext(ScriptObject? container)
    {
        var context = new TemplateContext
        {
            TemplateLoader = _loader,
            StrictVariables = true,
            NewLine = "\n",
            LoopLimit = _limits.LoopIterations,
            LoopLimitQueryable = _limits.LoopIterations,
            RecursiveLimit = _limits.RecursionDepth,
            OutputLimit = _limits.OutputCharacters,
            OnOutputLimit = ScriptLimitBehavior.Throw,
            LimitToString = _limits.StringCharacters,
            OnStringLimit = ScriptLimitBehavior.Throw,
            RegexTimeOut = TimeSpan.FromSeconds(1),
            CancellationToken = _cancellation,
        };
        context.TryGetMember = RejectUnknownMember;
        RemoveNondeterministicBuiltins(context);

        // Assignments go to the topmost global, which callers push above these two.
        context.PushGlobal(_globals);
        context.PushGlobal(new ScriptObject { ["container"] = container });
        return context;
    }

    /// <summary>
    /// A misspelt member (<c>port.hostport</c>) is an error, as a misspelt variable is: without this,
    /// Scriban would render it as empty text and the mistake would land in a generated file.
    /// </summary>
    private static bool RejectUnknownMember(TemplateContext context, SourceSpan span, object target, string member, out object value)
    {
        var known = target is ScriptObject model ? model.Keys.Order(StringComparer.Ordinal).ToList() : [];
        var suggestion = Loading.Binding.KeySuggester.Suggest(member, known);
        var hint = suggestion is not null
            ? $" Did you mean '{suggestion}'?"
            : known.Count > 0 ? $" Members: {string.Join(", ", known.Take(24))}." : string.Empty;
        throw new ScriptRuntimeException(span, $"'{member}' is not a member of this object.{hint} docs/templates.md lists the model.");
    }

    /// <summary>
    /// Same spec and templates, same bytes: the builtins that read the clock or draw random numbers
    /// are replaced by functions that fail with an explanation.
    /// </summary>
    private static void RemoveNondeterministicBuiltins(TemplateContext context)
    {
        foreach (var (objectName, member) in new[] { ("date", "now"), ("date", "utc_now"), ("math", "random"), ("math", "uuid") })
        {
            if (context.BuiltinObject[objectName] is ScriptObject builtins)
            {
                builtins.Remove(member);
                builtins.Import(member, new Func<object>(() => throw new InvalidOperationException(
                    $"{objectName}.{member} is not available: generated files must be the same on every run, so templates cannot read the clock or draw random values.")));
            }
        }
    }

    /// <summary>Runs template code, turning every failure into a diagnostic.</summary>
    private bool Run(TemplateSource source, Action action)
    {
        try
        {
            action();
            return true;
        }
        catch (ScriptRuntimeException exception) when (_loader.LastRefusal is { } refusal && exception.OriginalMessage == refusal.Message)
        {
            _diagnostics.Add(refusal with { Location = refusal.Location with { File = DisplayPathOf(refusal.Location.File, source) } });
        }
        catch (ScriptRuntimeException exception)
        {
            var descriptor = IsLimit(exception.OriginalMessage) ? DiagnosticCatalog.TemplateLimit : DiagnosticCatalog.TemplateRuntime;
            _diagnostics.Add(descriptor, Locate(exception.Span, source), exception.OriginalMessage);
        }
        catch (OperationCanceledException)
        {
            _diagnostics.Add(DiagnosticCatalog.TemplateLimit, SourceLocation.StartOf(source.DisplayPath),
                $"Rendering took longer than {_limits.Time.TotalSeconds:0} s; look for an endless loop in this template.");
        }
        catch (Exception exception) when (exception is InvalidOperationException or ArgumentException or FormatException or InvalidCastException
                                              or OverflowException or IndexOutOfRangeException or NullReferenceException or OutOfMemoryException
                                              or System.Text.RegularExpressions.RegexMatchTimeoutException)
        {
            _diagnostics.Add(DiagnosticCatalog.TemplateRuntime, SourceLocation.StartOf(source.DisplayPath),
                $"The template failed: {exception.Message}");
        }

        return false;
    }

    /// <summary>Where front matter assigns <paramref name="key"/>; the front matter's start when it does not.</summary>
    private SourceLocation FrontMatterLocation(TemplateSource source, Template template, string? key)
    {
        if (key is not null && FrontMatter.FindAssignment(source.Text, key) is { } at)
        {
            return new SourceLocation(source.DisplayPath, at.Line, at.Column, at.Line, at.Column + key.Length);
        }

        return Locate(template.Page?.FrontMatter?.Span ?? default, source);
    }

    private static bool IsLimit(string message)
        => message.Contains("limit", StringComparison.OrdinalIgnoreCase) || message.Contains("exceed", StringComparison.OrdinalIgnoreCase);

    private SourceLocation Locate(SourceSpan span, TemplateSource source)
    {
        var location = ScribanSpans.ToLocation(span, source.DisplayPath);
        return location with { File = DisplayPathOf(location.File, source) };
    }

    /// <summary>Scriban names an included template by the loader's path (template:NAME); show its real path.</summary>
    private string DisplayPathOf(string file, TemplateSource source)
        => file.StartsWith("template:", StringComparison.Ordinal)
            ? _templates.Find(file["template:".Length..])?.DisplayPath ?? file
            : string.IsNullOrEmpty(file) ? source.DisplayPath : file;

    /// <summary>A project template writing the same file as a built-in replaces it; two project templates on one file are an error.</summary>
    private List<RenderedFile> ResolveOverrides(List<(RenderedFile File, TemplateSource Template)> outputs)
    {
        var files = new List<RenderedFile>();
        foreach (var byPath in outputs.GroupBy(o => o.File.RelativePath, StringComparer.Ordinal))
        {
            var candidates = byPath.Any(o => !o.Template.IsBuiltIn) ? byPath.Where(o => !o.Template.IsBuiltIn).ToList() : byPath.ToList();
            files.Add(candidates[0].File);
            foreach (var duplicate in candidates.Skip(1))
            {
                _diagnostics.Add(DiagnosticCatalog.DuplicateOutputPath, duplicate.File.Origin,
                    $"'{byPath.Key}' is also written by template '{candidates[0].Template.Name}'; each output needs a path of its own " +
                    "(a per-container template renders once per container: give each container its own output).",
                    new RelatedLocation(candidates[0].File.Origin, $"'{byPath.Key}' is first written here"));
            }
        }

        return files;
    }

    private IEnumerable<RenderedFile> ApplyRegions(List<RegionEdit> edits)
    {
        foreach (var byTarget in edits.GroupBy(e => e.Target, StringComparer.Ordinal))
        {
            var first = byTarget.First();
            var relative = TemplateNames.NormaliseRelative(first.Target);
            var fullPath = relative is null ? null : Path.GetFullPath(Path.Combine(_outputFolder, relative));
            if (fullPath is null || !Output.OutputFolder.IsInside(fullPath, _outputFolder, StringComparison.Ordinal))
            {
                _diagnostics.Add(DiagnosticCatalog.OutputPathOutsideFolder, first.Origin,
                    $"Region target '{first.Target}' is outside the output folder; targets are paths relative to it, without '..'.");
                continue;
            }

            string text;
            try
            {
                text = TemplateSetLoader.NormaliseNewLines(File.ReadAllText(fullPath));
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                _diagnostics.Add(DiagnosticCatalog.RegionProblem, first.Origin,
                    $"Region target '{relative}' cannot be read ({exception.Message}); region templates fill marked regions of an existing file.");
                continue;
            }

            var failed = false;
            foreach (var edit in byTarget)
            {
                var spliced = RegionSplicer.Splice(text, edit.Region, edit.Content, out var error, out var line);
                if (spliced is null)
                {
                    _diagnostics.Add(DiagnosticCatalog.RegionProblem, new SourceLocation(fullPath, line, 1, line, 1),
                        $"Region '{edit.Region}' of '{relative}' (filled by {edit.Origin.File}): {error}.");
                    failed = true;
                    break;
                }

                text = spliced;
            }

            if (!failed)
            {
                yield return new RenderedFile(relative!, text, Owned: false, first.Origin);
            }
        }
    }

    private sealed record RegionEdit(string Target, string Region, string Content, SourceLocation Origin);
}
