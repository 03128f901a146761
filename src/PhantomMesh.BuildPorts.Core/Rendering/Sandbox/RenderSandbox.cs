using PhantomMesh.BuildPorts.Rendering.Functions;
using PhantomMesh.BuildPorts.Rendering.Model;
using PhantomMesh.BuildPorts.Spec;
using Scriban;
using Scriban.Functions;
using Scriban.Parsing;
using Scriban.Runtime;

namespace PhantomMesh.BuildPorts.Rendering.Sandbox;

/// <summary>
/// Everything one render shares between its templates: the model with the safe-text functions (read-only), the
/// include loader and the render's deadline. Made anew for every render, so no state outlives it.
/// </summary>
internal sealed class RenderSandbox
{
    private readonly ScriptObject _globals = new();
    private readonly Dictionary<string, Template> _parsedIncludes = new(StringComparer.Ordinal);
    private readonly RenderLimits _limits;
    private ScriptObject? _sharedBuiltins;

    /// <param name="model">The template model of the spec rendered (<see cref="TemplateModelBuilder"/>), for this render alone.</param>
    public RenderSandbox(ScriptObject model, TemplateSet templates, RenderLimits limits, RenderDeadline deadline)
    {
        Containers = [.. ((ScriptArray)model["containers"]!).Cast<ScriptObject>()];
        SafeTextFunctionTable.AddTo(_globals);
        ModelFunctionTable.AddTo(_globals);
        foreach (var name in model.Keys)
        {
            _globals.SetValue(name, model[name], readOnly: false);
        }

        Loader = new SandboxedTemplateLoader(templates);
        Templates = templates;
        _limits = limits;
        Deadline = deadline;
        foreach (var partial in templates.All.Where(t => t.IsPartial))
        {
            ParsePartial(partial);
        }
    }

    /// <summary>Whether a partial that parses may write into the model (<see cref="SharedModelWrites"/>).</summary>
    public bool ModelMayBeWritten { get; private set; }

    public IReadOnlyList<ScriptObject> Containers { get; }

    public RenderLimits Limits => _limits;

    /// <summary>The templates of this render, the built-in ones with the project's laid over them.</summary>
    public TemplateSet Templates { get; }

    /// <summary>Whether a built-in template may be rendered by its .NET code (<see cref="Compiled.CompiledTemplates"/>); off to compare the two.</summary>
    public bool UseCompiledTemplates { get; init; } = true;

    /// <summary>Told the name of each template rendered by its .NET code.</summary>
    public Action<string>? CompiledTemplateUsed { get; init; }

    /// <summary>Set by the renderer once it has read every template of the render: none can write into the model (<see cref="SharedModelWrites"/>).</summary>
    public bool TemplatesCannotWriteModel { get; set; }

    public SandboxedTemplateLoader Loader { get; }

    public RenderDeadline Deadline { get; }

    /// <summary>
    /// A fresh context for one evaluation; <c>container</c> is set for a per-container template. Assignments go to
    /// the topmost global, which callers push above these two.
    /// </summary>
    public TemplateContext CreateContext(ScriptObject? container)
    {
        var context = CreateContext();
        context.PushGlobal(ContainerScope(container));
        return context;
    }

    /// <summary>
    /// A context without the container scope, for evaluating one template's front matter once per container: the
    /// caller pushes <see cref="ContainerScope"/> and its variables for each evaluation and pops them after it.
    /// </summary>
    public TemplateContext CreateContext()
    {
        var context = new LimitedTemplateContext(_limits, Deadline, _sharedBuiltins)
        {
            TemplateLoader = Loader,
            StrictVariables = true,
            NewLine = "\n",
            RegexTimeOut = TimeSpan.FromSeconds(1),
            CancellationToken = Deadline.Token,
        };
        context.TryGetMember = SandboxRules.RejectUnknownMember;
        if (_sharedBuiltins is null)
        {
            PrepareBuiltins(context.BuiltinObject);
        }
        context.PushGlobal(_globals);
        lock (_parsedIncludes)
        {
            foreach (var (path, template) in _parsedIncludes)
            {
                context.CachedTemplates[path] = template;
            }
        }

        return context;
    }

    /// <summary>
    /// From now on every context of this render reads one copy of Scriban's builtins instead of copying them all (a
    /// copy costs more than rendering a small template). Only for renders whose templates cannot write into shared
    /// objects (<see cref="SharedModelWrites"/>), so no template sees another's changes to <c>string</c> or <c>array</c>.
    /// </summary>
    public void ShareBuiltins()
    {
        var builtins = new BuiltinFunctions();
        PrepareBuiltins(builtins);
        _sharedBuiltins = builtins;
    }

    private static void PrepareBuiltins(ScriptObject builtins)
    {
        SandboxRules.RemoveNondeterministicBuiltins(builtins);
        EagerFilter.Install(builtins);
    }

    public static ScriptObject ContainerScope(ScriptObject? container) => new() { ["container"] = container };

    /// <summary>
    /// Keeps the included templates Scriban parsed in <paramref name="context"/> (it caches only those that parse),
    /// so every later context of this render starts with them: a partial such as _functions.sbn is parsed once per
    /// render, not once per template and container. A parsed template is only read while rendering, so sharing it is safe.
    /// </summary>
    public void KeepParsedIncludes(TemplateContext context)
    {
        lock (_parsedIncludes)
        {
            foreach (var (path, template) in context.CachedTemplates)
            {
                _parsedIncludes.TryAdd(path, template);
            }
        }
    }

    /// <summary>
    /// Parses a partial once per render, as Scriban's include would (same path and options), so every context starts
    /// with it. One that does not parse is left for the include to report, where it is included.
    /// </summary>
    private void ParsePartial(TemplateSource partial)
    {
        var template = Template.Parse(partial.Text, SandboxedTemplateLoader.PathOf(partial.Name), new ParserOptions(), LexerOptions.Default);
        if (!template.HasErrors)
        {
            _parsedIncludes[SandboxedTemplateLoader.PathOf(partial.Name)] = template;
            ModelMayBeWritten |= SharedModelWrites.Possible(template);
        }
    }
}
