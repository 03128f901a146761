using Scriban;
using Scriban.Parsing;
using Scriban.Syntax;

namespace PhantomMesh.BuildPorts.Rendering;

/// <summary>
/// What the parsed front matter (Scriban's <see cref="ScriptFrontMatter"/>) says before it is evaluated: whether it
/// declares <c>each = "container"</c>, and where it assigns a key.
/// </summary>
internal static class FrontMatterSyntax
{
    /// <summary>
    /// Whether the template renders per container. Read from the syntax, before any evaluation, because the rest of
    /// the front matter may use <c>container</c>, which only exists per container.
    /// </summary>
    public static bool DeclaresEachContainer(Template template)
        => TopLevelAssignments(template).Any(a => a.Target is ScriptVariableGlobal { Name: "each" } && a.Value is ScriptLiteral { Value: "container" });

    /// <summary>The position of the name where front matter first assigns <paramref name="key"/> (inside an <c>if</c> too), if it does.</summary>
    public static SourceSpan? FindAssignment(Template template, string key)
        => Descendants(template.Page?.FrontMatter)
            .OfType<ScriptAssignExpression>()
            .Where(a => a.Target is ScriptVariableGlobal global && global.Name == key)
            .Select(a => (SourceSpan?)a.Target!.Span)
            .FirstOrDefault();

    private static IEnumerable<ScriptAssignExpression> TopLevelAssignments(Template template)
        => (template.Page?.FrontMatter?.Statements.Statements ?? [])
            .OfType<ScriptExpressionStatement>()
            .Select(s => s.Expression)
            .OfType<ScriptAssignExpression>();

    private static IEnumerable<ScriptNode> Descendants(ScriptNode? node)
    {
        if (node is null)
        {
            yield break;
        }

        yield return node;
        foreach (var child in node.Children)
        {
            foreach (var descendant in Descendants(child))
            {
                yield return descendant;
            }
        }
    }
}
