using System.Text.RegularExpressions;
using PhantomMesh.BuildPorts.Tests.Infrastructure;
using PhantomMesh.BuildPorts.Tests.Support;
using PhantomMesh.BuildPorts.Validation;

namespace PhantomMesh.BuildPorts.Tests.Environments;

/// <summary>The examples of docs/spec.md's Environments section, each added to PhantomMesh's base spec, check clean in every environment.</summary>
public sealed partial class SpecDocExampleTests
{
    public static TheoryData<int, string> Examples()
    {
        var page = File.ReadAllText(Path.Combine(RepoPaths.RepoRoot, "docs", "spec.md")).ReplaceLineEndings("\n");
        var start = page.IndexOf("\n## Environments\n", StringComparison.Ordinal);
        var end = page.IndexOf("\n## ", start + 1, StringComparison.Ordinal);
        var data = new TheoryData<int, string>();
        foreach (var (match, index) in TomlBlock().Matches(page[start..end]).Select((m, i) => (m, i)))
        {
            data.Add(index, match.Groups["toml"].Value);
        }

        return data;
    }

    [Fact]
    public void The_section_shows_a_laptop_a_production_and_a_kubernetes_example()
        => Assert.True(Examples().Count >= 4);

    [Theory]
    [MemberData(nameof(Examples))]
    public void Example_checks_clean_in_the_base_and_every_environment(int index, string example)
    {
        using var temp = new TempSpec();
        temp.Write("billing/ports.toml", "[project]\nname = \"billing\"\n\n[containers.api]\nimage = \"billing:1\"\n\n[containers.api.ports.http]\nhost_port = 18080\n");
        var spec = temp.Write("phantom-mesh/ports.toml", BaseSpec() + "\n" + example);

        var result = SpecCheck.RunAll(spec);

        Assert.True(!result.HasErrors, $"Example {index}:\n{string.Join("\n", result.Diagnostics)}");
        Assert.NotEmpty(result.Environments);
    }

    /// <summary>The repository's spec without its own environments, which the examples redefine.</summary>
    private static string BaseSpec()
    {
        var text = File.ReadAllText(RepoPaths.PortsToml).ReplaceLineEndings("\n");
        return text[..text.IndexOf("# ── Environments", StringComparison.Ordinal)];
    }

    [GeneratedRegex("```toml\n(?<toml>.*?)```", RegexOptions.Singleline)]
    private static partial Regex TomlBlock();
}
