using Scriban;
using Scriban.Syntax;

namespace PhantomMesh.BuildPorts.Rendering.Sandbox;

/// <summary>
/// Whether a template may change what every template of the render shares: the model's objects and lists. Plain
/// assignments (<c>$x = ...</c>, <c>output = ...</c>) go to the template's own scope; a member or index assignment
/// (<c>port.name = ...</c>, <c>ports[0] = ...</c>), a <c>capture</c> or loop variable that is a member or index
/// (<c>capture port.name</c>, <c>for port.name in ...</c>), a <c>with</c> block (its assignments land in the
/// object) or <c>object.eval</c> however it is reached (code this check cannot see) may write into the model. The templates of a render run side by
/// side only when none of them can, so no template sees another's changes half-made.
/// </summary>
internal static class SharedModelWrites
{
    private static readonly HashSet<string> EvaluatingMembers = new(StringComparer.Ordinal) { "eval", "eval_template" };

    public static bool Possible(Template template)
        => Possible(template.Page?.FrontMatter) || Possible(template.Page);

    private static bool Possible(ScriptNode? node)
    {
        if (node is null)
        {
            return false;
        }

        switch (node)
        {
            case ScriptAssignExpression { Target: not ScriptVariable }:
            case ScriptCaptureStatement { Target: not ScriptVariable }:
            case ScriptForStatement { Variable: not ScriptVariable }:
            case ScriptIndexerExpression { Index: ScriptLiteral { Value: string key } } when EvaluatingMembers.Contains(key):
            case ScriptWithStatement:
            case ScriptMemberExpression { Member.Name: var member } when EvaluatingMembers.Contains(member):
            case ScriptVariable { Name: var name } when EvaluatingMembers.Contains(name):
                return true;
        }

        foreach (var child in node.Children)
        {
            if (Possible(child))
            {
                return true;
            }
        }

        return false;
    }
}
