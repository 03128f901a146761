using System.Reflection;
using System.Text.RegularExpressions;
using PhantomMesh.BuildPorts.Generation;
using PhantomMesh.BuildPorts.Testing;

namespace PhantomMesh.BuildPorts.Tests.Docs;

/// <summary>
/// Core's README names the stages' entry points in backticks (`SpecLoader.Load/LoadText`, `TemplateSet`) and
/// their folders (`Loading/Toml/`); a rename, a removal or a type made internal that the README does not follow fails here.
/// </summary>
public partial class CoreReadmeTests
{
    private static readonly string CoreFolder = Path.Combine(RepoPaths.RepoRoot, "src", "PhantomMesh.BuildPorts.Core");

    private static readonly Lazy<IReadOnlyList<string>> Spans = new(() =>
        BacktickSpan().Matches(File.ReadAllText(Path.Combine(CoreFolder, "README.md"))).Select(m => m.Groups[1].Value).ToList());

    [Fact]
    public void Every_type_and_member_the_readme_names_is_public_in_core()
    {
        var exported = typeof(Generator).Assembly.GetExportedTypes().ToLookup(t => t.Name);
        var named = Spans.Value.Select(s => ApiName().Match(s)).Where(m => m.Success && !DiagnosticCode().IsMatch(m.Value)).ToList();
        var problems = new List<string>();
        foreach (var name in named)
        {
            var types = exported[name.Groups["type"].Value].ToList();
            if (types.Count != 1)
            {
                problems.Add($"`{name.Value}`: {types.Count} public Core types are called {name.Groups["type"].Value}");
                continue;
            }

            problems.AddRange(name.Groups["member"].Captures
                .Where(member => types[0].GetMember(member.Value, BindingFlags.Public | BindingFlags.Static | BindingFlags.Instance).Length == 0)
                .Select(member => $"`{name.Value}`: {types[0].FullName} has no public member {member.Value}"));
        }

        Assert.True(named.Count >= 20, $"Expected the README to name the stages' entry points; found only: {string.Join(", ", named)}");
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    [Fact]
    public void Every_folder_the_readme_names_exists_in_core()
    {
        var folders = Spans.Value.Where(s => s.EndsWith('/') && !s.StartsWith("docs/", StringComparison.Ordinal)).ToList();
        var missing = folders.Where(f => !Directory.Exists(Path.Combine(CoreFolder, f))).ToList();

        Assert.NotEmpty(folders);
        Assert.True(missing.Count == 0, "Folders the README names that Core does not have: " + string.Join(", ", missing));
    }

    [GeneratedRegex("`([^`\n]+)`")]
    private static partial Regex BacktickSpan();

    /// <summary>`Type`, `Type.Member` or `Type.Member/OtherMember`; file names (`PublicAPI.Shipped.txt`) and paths do not match.</summary>
    [GeneratedRegex(@"^(?<type>[A-Z][A-Za-z0-9]*)(?:\.(?<member>[A-Z][A-Za-z0-9]*)(?:/(?<member>[A-Z][A-Za-z0-9]*))*)?$")]
    private static partial Regex ApiName();

    [GeneratedRegex(@"^PM\d{4}$")]
    private static partial Regex DiagnosticCode();
}
