using PhantomMesh.BuildPorts.Rendering.Model;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace PhantomMesh.BuildPorts.Rendering.Functions;

/// <summary>
/// Reads the model from inside a template function the way a template reads it: a member that is missing, or read
/// from something that is not a model object, is an error at the call (as <c>port.hostport</c> is in a template),
/// and values become text as Scriban's <c>+</c> makes them text.
/// </summary>
internal static class ModelMembers
{
    /// <summary>
    /// The member <paramref name="member"/> of <paramref name="target"/>; <paramref name="parameter"/> names the function's
    /// parameter it came from, so Scriban reports a wrong argument at that argument.
    /// </summary>
    public static object? Get(object? target, string member, string function, string? parameter = null)
    {
        if (TryRead(target, member, out var value))
        {
            return value;
        }

        throw new ArgumentException(target is null
            ? $"{function} was given null where it needs a model object with '{member}'."
            : $"{function} needs a model object with '{member}' (a port or container of the model).", parameter);
    }

    public static IScriptObject Object(object? target, string member, string function, string? parameter = null)
        => Get(target, member, function, parameter) is { } model && IsModelObject(model)
            ? (IScriptObject)model
            : throw new ArgumentException($"{function} needs '{member}' to be an object of the model.", parameter);

    /// <summary>
    /// A member of a model object (a <see cref="ScriptObject"/> or one whose members are computed), as a template reads
    /// it; false for a missing member or anything else.
    /// </summary>
    public static bool TryRead(object? target, string member, out object? value)
    {
        switch (target)
        {
            case ComputedModelObject computed:
                return computed.TryRead(member, out value);
            case ScriptObject stored:
                return stored.TryGetValue(null, default, member, out value);
            default:
                value = null;
                return false;
        }
    }

    /// <summary>The names of a model object's members; none for anything else.</summary>
    public static IEnumerable<string> Names(object? target) => IsModelObject(target) ? ((IScriptObject)target!).GetMembers() : [];

    /// <summary>An object of the model as a template sees it: a <see cref="ScriptObject"/>, or one whose members are computed (not an array).</summary>
    public static bool IsModelObject(object? value) => value is ScriptObject or ComputedModelObject;

    public static string Text(TemplateContext context, object? value) => context.ObjectToString(value) ?? string.Empty;

    /// <summary>A string argument as Scriban hands one to its own string functions: null stays null.</summary>
    public static string? TextOrNull(TemplateContext context, object? value) => value is null ? null : Text(context, value);

    /// <summary>A global of the model (<c>project</c>, <c>environment</c>, ...), read as a template reads it.</summary>
    public static object? Global(TemplateContext context, ScriptVariableGlobal variable) => context.GetValue(variable);
}
