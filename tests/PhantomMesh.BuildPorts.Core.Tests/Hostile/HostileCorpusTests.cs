using System.Text.RegularExpressions;
using PhantomMesh.BuildPorts.Generation;
using PhantomMesh.BuildPorts.Tests.Infrastructure;
using PhantomMesh.BuildPorts.Tests.Support;

namespace PhantomMesh.BuildPorts.Tests.Hostile;

/// <summary>
/// The corpus of broken specs (Hostile/bad) and templates (Hostile/bad-templates): each file states
/// the code and position it must produce on its first line, and a run on it must leave an existing
/// output folder exactly as it was.
/// </summary>
public sealed partial class HostileCorpusTests
{
    private static readonly string CorpusFolder = Path.Combine(RepoPaths.RepoRoot, "tests", "PhantomMesh.BuildPorts.Core.Tests", "Hostile");

    private const string GoodSpec = """
        [project]
        name = "good"
        host_range = "24500-24599"

        [containers.app]
        image = "nginx:1.27"

        [containers.app.ports.http]
        host_port = 24510
        container_port = 8080
        """;

    public static TheoryData<string> BadSpecs() => Files("bad", "*.toml");

    public static TheoryData<string> BadTemplates() => Files("bad-templates", "*.sbn");

    [Fact]
    public void The_corpus_holds_at_least_sixty_cases()
        => Assert.True(BadSpecs().Count + BadTemplates().Count >= 60);

    [Theory]
    [MemberData(nameof(BadSpecs))]
    public void Bad_spec_reports_its_code_at_its_position_and_writes_nothing(string name)
    {
        var text = File.ReadAllText(Path.Combine(CorpusFolder, "bad", name));
        var expected = Expectation.Parse(text);
        using var temp = new TempSpec();
        var output = PopulatedOutput(temp);
        var before = FolderSnapshot.Take(output);

        var result = Generator.Run(new GenerationOptions { SpecPath = temp.Write("ports.toml", text), OutputFolder = output, TemplatesFolder = TemplatesFolder(temp) });

        expected.AssertReportedBy(result);
        FolderSnapshot.Take(output).AssertSameAs(before);
    }

    [Theory]
    [MemberData(nameof(BadTemplates))]
    public void Bad_template_reports_its_code_at_its_position_and_writes_nothing(string name)
    {
        var text = File.ReadAllText(Path.Combine(CorpusFolder, "bad-templates", name));
        var expected = Expectation.Parse(text);
        using var temp = new TempSpec();
        var output = PopulatedOutput(temp);
        var before = FolderSnapshot.Take(output);
        var templates = TemplatesFolder(temp);
        temp.Write(Path.Combine("templates", name), text);

        var result = Generator.Run(new GenerationOptions { SpecPath = temp.Write("ports.toml", GoodSpec), OutputFolder = output, TemplatesFolder = templates });

        expected.AssertReportedBy(result, fileEndsWith: name);
        FolderSnapshot.Take(output).AssertSameAs(before);
    }

    /// <summary>An output folder holding a previous successful run's files, plus a hand-written one.</summary>
    private static string PopulatedOutput(TempSpec temp)
    {
        var output = Path.Combine(temp.Folder, "out");
        var spec = temp.Write("previous/ports.toml", GoodSpec);
        var result = Generator.Run(new GenerationOptions { SpecPath = spec, OutputFolder = output, TemplatesFolder = TemplatesFolder(temp) });
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        File.WriteAllText(Path.Combine(output, "hand-written.md"), "kept\n");
        return output;
    }

    private static string TemplatesFolder(TempSpec temp)
    {
        var folder = Path.Combine(temp.Folder, "templates");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "ports.txt.sbn"), "{{ for p in ports }}{{ p.host_port }} {{ p.name }}\n{{ end }}");
        return folder;
    }

    private static TheoryData<string> Files(string folder, string pattern)
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(Path.Combine(CorpusFolder, folder), pattern).Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(file));
        }

        return data;
    }

    private sealed partial record Expectation(string Code, int? Line, int? Column)
    {
        public static Expectation Parse(string text)
        {
            var match = Header().Match(text);
            Assert.True(match.Success, "The case does not state its expectation ('expect: CODE at LINE:COL') near its first line.");
            return new Expectation(
                match.Groups["code"].Value,
                match.Groups["line"].Success ? int.Parse(match.Groups["line"].Value, System.Globalization.CultureInfo.InvariantCulture) : null,
                match.Groups["col"].Success ? int.Parse(match.Groups["col"].Value, System.Globalization.CultureInfo.InvariantCulture) : null);
        }

        public void AssertReportedBy(GenerationResult result, string? fileEndsWith = null)
        {
            Assert.False(result.Succeeded);
            var matching = result.Diagnostics.Where(d => d.Code == Code).ToList();
            Assert.True(matching.Count > 0, $"Expected {Code}; got:\n{string.Join("\n", result.Diagnostics)}");
            if (Line is { } line)
            {
                Assert.True(matching.Any(d => d.Location.Line == line && d.Location.Column == Column),
                    $"Expected {Code} at ({Line},{Column}); got:\n{string.Join("\n", matching)}");
            }

            if (fileEndsWith is not null)
            {
                Assert.Contains(matching, d => d.Location.File.EndsWith(fileEndsWith, StringComparison.Ordinal));
            }
        }

        [GeneratedRegex(@"expect: (?<code>PM\d{4})(?: at (?<line>\d+):(?<col>\d+))?")]
        private static partial Regex Header();
    }
}
