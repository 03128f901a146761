using System.Collections;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace PhantomMesh.BuildPorts.Rendering.Sandbox;

/// <summary>
/// Scriban's <c>array.filter</c> returns a lazy range: every later <c>.size</c> or loop over it calls the template's
/// predicate for every element again, so <c>$http = ports | array.filter ...</c> read three times costs three passes of
/// interpreted code over every port. This wraps it so the predicate runs once, at the call, and the result is the
/// same range over a list. Same elements in the same order; only when the predicate runs changes.
/// </summary>
internal sealed class EagerFilter(IScriptCustomFunction filter) : IScriptCustomFunction
{
    public int RequiredParameterCount => filter.RequiredParameterCount;

    public int ParameterCount => filter.ParameterCount;

    public ScriptVarParamKind VarParamKind => filter.VarParamKind;

    public Type ReturnType => filter.ReturnType;

    /// <summary>Replaces <c>array.filter</c> among <paramref name="builtins"/>, a context's builtin functions.</summary>
    public static void Install(ScriptObject builtins)
    {
        if (builtins["array"] is ScriptObject array && array["filter"] is IScriptCustomFunction filter and not EagerFilter)
        {
            array.SetValue("filter", new EagerFilter(filter), readOnly: true);
        }
    }

    public ScriptParameterInfo GetParameterInfo(int index) => filter.GetParameterInfo(index);

    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
        => Materialise(filter.Invoke(context, callerContext, arguments, blockStatement));

    public async ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
        => Materialise(await filter.InvokeAsync(context, callerContext, arguments, blockStatement).ConfigureAwait(false));

    private static object? Materialise(object? result)
    {
        if (result is not ScriptRange { Values: not IList } range)
        {
            return result;
        }

        var items = new List<object?>();
        foreach (var item in range.Values)
        {
            items.Add(item);
        }

        return new ScriptRange(items);
    }
}
