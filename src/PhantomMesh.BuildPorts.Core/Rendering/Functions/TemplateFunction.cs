using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace PhantomMesh.BuildPorts.Rendering.Functions;

/// <summary>
/// A template function of fixed arity that takes its arguments as Scriban evaluated them. Scriban's
/// <see cref="DelegateCustomFunction"/> calls its delegate by reflection with converted arguments, which for
/// functions called a few times per port at 100,000 ports cost more than what they do; this calls the delegate directly.
/// Scriban still checks the number of arguments, and an <see cref="ArgumentException"/> naming a parameter is
/// reported at that argument.
/// </summary>
internal sealed class TemplateFunction : IScriptCustomFunction
{
    private readonly ScriptParameterInfo[] _parameters;
    private readonly Func<TemplateContext, ScriptArray, object?> _invoke;

    private TemplateFunction(string[] parameterNames, Func<TemplateContext, ScriptArray, object?> invoke)
    {
        _parameters = [.. parameterNames.Select(name => new ScriptParameterInfo(typeof(object), name))];
        _invoke = invoke;
    }

    public int RequiredParameterCount => _parameters.Length;

    public int ParameterCount => _parameters.Length;

    public ScriptVarParamKind VarParamKind => ScriptVarParamKind.None;

    public Type ReturnType => typeof(object);

    public static TemplateFunction Of(Func<TemplateContext, object?> function) => new([], (context, _) => function(context));

    public static TemplateFunction Of(string parameter, Func<TemplateContext, object?, object?> function)
        => new([parameter], (context, arguments) => function(context, arguments[0]));

    public static TemplateFunction Of(string first, string second, Func<TemplateContext, object?, object?, object?> function)
        => new([first, second], (context, arguments) => function(context, arguments[0], arguments[1]));

    public static TemplateFunction Of(string parameter, Func<object?, object?> function)
        => new([parameter], (_, arguments) => function(arguments[0]));

    public ScriptParameterInfo GetParameterInfo(int index) => _parameters[index];

    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
        => _invoke(context, arguments);

    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
        => ValueTask.FromResult(Invoke(context, callerContext, arguments, blockStatement));
}
