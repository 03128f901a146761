using PhantomMesh.BuildPorts.Rendering.Functions;
using PhantomMesh.BuildPorts.Text;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace PhantomMesh.BuildPorts.Rendering.Sandbox;

/// <summary>What a template may not do that Scriban would allow: read members that do not exist, read the clock, draw random values.</summary>
internal static class SandboxRules
{
    /// <summary>
    /// A misspelt member (<c>port.hostport</c>) is an error, as a misspelt variable is: without this,
    /// Scriban would render it as empty text and the mistake would land in a generated file.
    /// </summary>
    public static bool RejectUnknownMember(TemplateContext context, SourceSpan span, object target, string member, out object value)
    {
        var known = ModelMembers.Names(target).Order(StringComparer.Ordinal).ToList();
        var suggestion = KeySuggester.Suggest(member, known);
        var hint = suggestion is not null
            ? $" Did you mean '{suggestion}'?"
            : known.Count > 0 ? $" Members: {string.Join(", ", known.Take(24))}." : string.Empty;
        throw new ScriptRuntimeException(span, $"'{member}' is not a member of this object.{hint} docs/templates.md lists the model.");
    }

    /// <summary>
    /// Same spec and templates, same bytes: the builtins that read the clock or draw random numbers
    /// are replaced by functions that fail with an explanation.
    /// </summary>
    public static void RemoveNondeterministicBuiltins(ScriptObject builtinObject)
    {
        foreach (var (objectName, member) in new[] { ("date", "now"), ("date", "utc_now"), ("math", "random"), ("math", "uuid") })
        {
            if (builtinObject[objectName] is ScriptObject builtins)
            {
                builtins.Remove(member);
                var message = $"{objectName}.{member} is not available: generated files must be the same on every run, so templates cannot read the clock or draw random values.";
                builtins.SetValue(member, DelegateCustomFunction.CreateFunc<object>(() => throw new TemplateRefusalException(message)), readOnly: true);
            }
        }
    }
}
