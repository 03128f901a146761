using PhantomMesh.BuildPorts.Rendering.Functions;
using PhantomMesh.BuildPorts.Rendering.Model;
using PhantomMesh.BuildPorts.Spec;
using Scriban;
using Scriban.Runtime;

namespace PhantomMesh.BuildPorts.Rendering.Sandbox;

/// <summary>
/// Everything one render shares between its templates: the model with the safe-text functions (read-only), the
/// include loader and the render's deadline. Made anew for every render, so no state outlives it.
/// </summary>
internal sealed class RenderSandbox
{
    private readonly ScriptObject _globals = new();
    private readonly RenderLimits _limits;
    private readonly CancellationToken _deadline;

    public RenderSandbox(SpecSet specs, TemplateSet templates, RenderLimits limits, CancellationToken deadline)
    {
        var model = TemplateModelBuilder.Build(specs);
        Containers = [.. ((ScriptArray)model["containers"]!).Cast<ScriptObject>()];
        SafeTextFunctionTable.AddTo(_globals);
        foreach (var name in model.Keys)
        {
            _globals.SetValue(name, model[name], readOnly: false);
        }

        Loader = new SandboxedTemplateLoader(templates);
        _limits = limits;
        _deadline = deadline;
    }

    public IReadOnlyList<ScriptObject> Containers { get; }

    public SandboxedTemplateLoader Loader { get; }

    /// <summary>
    /// A fresh context for one evaluation; <c>container</c> is set for a per-container template. Assignments go to
    /// the topmost global, which callers push above these two.
    /// </summary>
    public TemplateContext CreateContext(ScriptObject? container)
    {
        var context = new LimitedTemplateContext(_limits)
        {
            TemplateLoader = Loader,
            StrictVariables = true,
            NewLine = "\n",
            RegexTimeOut = TimeSpan.FromSeconds(1),
            CancellationToken = _deadline,
        };
        context.TryGetMember = SandboxRules.RejectUnknownMember;
        SandboxRules.RemoveNondeterministicBuiltins(context);
        context.PushGlobal(_globals);
        context.PushGlobal(new ScriptObject { ["container"] = container });
        return context;
    }
}
