using PhantomMesh.BuildPorts.Rendering.Functions;
using PhantomMesh.BuildPorts.Text;
using Scriban.Runtime;

namespace PhantomMesh.BuildPorts.Rendering;

/// <summary>
/// What a template's <c>+++</c> front matter says: where its output goes (<c>output</c>), whether
/// it renders once per container (<c>each = "container"</c>), or that it fills the region
/// <c>region</c> of an existing file <c>target</c>.
/// </summary>
internal sealed record FrontMatter(string? Output, string? Each, string? Region, string? Target)
{
    public static readonly string[] Keys = ["output", "each", "region", "target"];

    public bool PerContainer => Each == "container";

    public bool IsRegion => Region is not null;

    /// <summary>Reads the variables front matter assigned; the error says which one is unusable, and <paramref name="errorKey"/> names it.</summary>
    public static FrontMatter Read(ScriptObject variables, out string? error, out string? errorKey)
    {
        string? problemKey = null;
        string? problem = null;
        string? Text(string key)
        {
            if (!variables.TryGetValue(key, out var value) || value is null)
            {
                return null;
            }

            if (value is string text)
            {
                return text;
            }

            problemKey ??= key;
            problem ??= $"front matter '{key}' must be a string, not {TypeName(value)}.";
            return null;
        }

        var frontMatter = new FrontMatter(Text("output"), Text("each"), Text("region"), Text("target"));
        if (frontMatter.Each is not null && !frontMatter.PerContainer)
        {
            problemKey ??= "each";
            problem ??= $"each = \"{frontMatter.Each}\" is not supported; the only value is \"container\".";
        }

        if (frontMatter.Target is not null && !frontMatter.IsRegion)
        {
            problemKey ??= "target";
            problem ??= "'target' names the file a region template fills, and needs 'region' (the marker name) as well.";
        }

        foreach (var key in variables.Keys.Where(k => !Keys.Contains(k)).Order(StringComparer.Ordinal))
        {
            var suggestion = KeySuggester.Suggest(key, Keys);
            problemKey ??= key;
            problem ??= $"front matter sets '{key}', which is not a front matter key{(suggestion is null ? string.Empty : $" (did you mean '{suggestion}'?)")}; " +
                        "it sets output, each, region and target, and a $name is a local variable.";
        }

        if (frontMatter.IsRegion && frontMatter.Output is not null)
        {
            problemKey ??= "output";
            problem ??= "a region template writes into its target; remove 'output'.";
        }

        error = problem;
        errorKey = problemKey;
        return frontMatter;
    }

    private static string TypeName(object value) => value switch
    {
        bool => "a boolean",
        int or long or double or float or decimal => "a number",
        System.Collections.IList => "an array",
        _ when ModelMembers.IsModelObject(value) => "an object",
        _ => "a " + value.GetType().Name,
    };
}
