using PhantomMesh.BuildPorts.Cli.Tests.Infrastructure;

namespace PhantomMesh.BuildPorts.Cli.Tests.Commands;

/// <summary>
/// <c>phantom-gen generate</c>, <c>--dry-run</c> and <c>--check</c>, with the tests' own templates
/// (the built-in ones may add files of their own; these tests only look at theirs).
/// </summary>
public sealed class GenerateTests : IDisposable
{
    private const string PortsTemplate = "{{ for p in ports }}{{ p.host_port }} {{ p.container }}.{{ p.name }}\n{{ end }}";
    private const string ComposeTemplate = """
        +++
        output = "compose/" + project.name + ".yml"
        +++
        services:
        {{~ for c in containers }}
          {{ c.name }}:
            image: "{{ c.image }}"
            ports:
        {{~ for p in c.ports }}
              - "{{ p.compose_mapping }}"
        {{~ end }}
        {{~ end }}

        """;

    private const string Generated = "artifacts/deploy/notes/ports.txt";
    private const string GeneratedCompose = "artifacts/deploy/compose/test.yml";

    private readonly TempFolder _temp = new();

    public GenerateTests()
    {
        _temp.Write("ports.toml", TestSpecs.Valid);
        _temp.Write("templates/notes/ports.txt.sbn", PortsTemplate);
        _temp.Write("templates/compose.sbn", ComposeTemplate);
    }

    [Fact]
    public void Generate_writes_every_output_and_a_second_run_changes_nothing()
    {
        var first = InProcess.Run(_temp.Path, "generate");

        Assert.True(first.ExitCode == 0, first.ToString());
        Assert.Equal("24510 app.http\n", _temp.Read(Generated));
        Assert.Contains("- \"127.0.0.1:24510:8080/tcp\"", _temp.Read(GeneratedCompose), StringComparison.Ordinal); // internal: loopback only
        Assert.Matches(@"^artifacts/deploy: \d+ files; \d+ (was|were) created, 0 updated, 0 deleted, 0 unchanged\.$", first.OutLines[^1]);
        var written = File.GetLastWriteTimeUtc(_temp.File(Generated));

        var second = InProcess.Run(_temp.Path, "generate");

        Assert.Equal(0, second.ExitCode);
        Assert.Matches(@"^artifacts/deploy: \d+ files; 0 were created, 0 updated, 0 deleted, \d+ unchanged\.$", second.OutLines[^1]);
        Assert.Equal(written, File.GetLastWriteTimeUtc(_temp.File(Generated)));
    }

    [Fact]
    public void A_templates_folder_named_on_the_command_line_must_exist()
    {
        var result = InProcess.Run(_temp.Path, "generate", "--templates", "templtes");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("error PM3010", result.StdOut, StringComparison.Ordinal);
        Assert.Contains("templtes", result.StdOut, StringComparison.Ordinal);
        Assert.False(_temp.Exists(Generated));
    }

    [Fact]
    public void Dry_run_lists_what_would_change_and_writes_nothing()
    {
        var before = _temp.Files();

        var result = InProcess.Run(_temp.Path, "generate", "--dry-run");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("would create artifacts/deploy/notes/ports.txt", result.OutLines);
        Assert.Contains("would create artifacts/deploy/compose/test.yml", result.OutLines);
        Assert.Matches(@"^artifacts/deploy: \d+ files; \d+ would be created, 0 updated, 0 deleted, 0 unchanged\.$", result.OutLines[^1]);
        Assert.Equal(before, _temp.Files());
        Assert.False(Directory.Exists(_temp.File("artifacts")));
    }

    [Fact]
    public void Dry_run_after_an_edit_would_update_and_leaves_the_edit_alone()
    {
        Assert.Equal(0, InProcess.Run(_temp.Path, "generate").ExitCode);
        _temp.Write(Generated, "edited by hand\n");
        var before = _temp.Files();

        var result = InProcess.Run(_temp.Path, "generate", "--dry-run");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("would update artifacts/deploy/notes/ports.txt", result.OutLines);
        Assert.Equal("edited by hand\n", _temp.Read(Generated));
        Assert.Equal(before, _temp.Files());
    }

    [Fact]
    public void Check_exits_0_when_every_file_is_in_sync()
    {
        Assert.Equal(0, InProcess.Run(_temp.Path, "generate").ExitCode);

        var result = InProcess.Run(_temp.Path, "generate", "--check");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(["artifacts/deploy: every generated file is up to date."], result.OutLines);
        Assert.Empty(result.StdErr);
    }

    [Fact]
    public void Check_exits_1_with_a_unified_diff_when_a_file_drifted()
    {
        Assert.Equal(0, InProcess.Run(_temp.Path, "generate").ExitCode);
        _temp.Write(Generated, "24599 app.http\n");

        var result = InProcess.Run(_temp.Path, "generate", "--check");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(
            [
                "--- a/notes/ports.txt",
                "+++ b/notes/ports.txt",
                "@@ -1 +1 @@",
                "-24599 app.http",
                "+24510 app.http",
            ],
            result.OutLines);
        Assert.Equal("artifacts/deploy: 1 file differs from ports.toml and the templates; run 'phantom-gen generate' and commit the result.", result.StdErr.Trim());
        Assert.Equal("24599 app.http\n", _temp.Read(Generated)); // --check writes nothing
    }

    [Fact]
    public void Check_shows_a_spec_change_as_a_diff_with_context()
    {
        _temp.Write("ports.toml", TestSpecs.Valid + SpecText.Of(
            SpecText.Port("app", "admin", 24511, 8081, SpecText.InGroup()),
            SpecText.Port("app", "extra", 24512, 8082, SpecText.InGroup())));
        Assert.Equal(0, InProcess.Run(_temp.Path, "generate").ExitCode);
        _temp.Write("ports.toml", _temp.Read("ports.toml").Replace("24511", "24513", StringComparison.Ordinal));

        var result = InProcess.Run(_temp.Path, "generate", "--check");

        Assert.Equal(1, result.ExitCode);
        var diff = result.OutLines;
        Assert.Contains("--- a/notes/ports.txt", diff);
        Assert.Contains("+++ b/notes/ports.txt", diff);
        Assert.Contains("--- a/compose/test.yml", diff);
        Assert.Contains("-24511 app.admin", diff);
        Assert.Contains("+24513 app.admin", diff);
        Assert.Contains(" 24510 app.http", diff); // a context line
        Assert.Contains(diff, l => l.StartsWith("@@ -", StringComparison.Ordinal));
        Assert.Matches(@"\d+ files differ from ports\.toml", result.StdErr);
    }

    [Fact]
    public void Check_exits_1_when_files_were_never_generated()
    {
        var result = InProcess.Run(_temp.Path, "generate", "--check");

        Assert.Equal(1, result.ExitCode);
        var diff = string.Join('\n', result.OutLines);
        Assert.Contains("--- /dev/null\n+++ b/notes/ports.txt\n@@ -0,0 +1 @@\n+24510 app.http", diff, StringComparison.Ordinal);
        Assert.Contains("--- /dev/null\n+++ b/compose/test.yml\n@@ -0,0 +1,9 @@\n+services:", diff, StringComparison.Ordinal);
        Assert.False(Directory.Exists(_temp.File("artifacts")));
    }

    [Fact]
    public void Check_reports_a_file_that_would_be_deleted()
    {
        Assert.Equal(0, InProcess.Run(_temp.Path, "generate").ExitCode);
        File.Delete(_temp.File("templates/compose.sbn"));

        var result = InProcess.Run(_temp.Path, "generate", "--check");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("--- a/compose/test.yml", result.OutLines);
        Assert.Contains("+++ /dev/null", result.OutLines);
        Assert.True(_temp.Exists(GeneratedCompose));
    }

    [Fact]
    public void Spec_error_exits_1_and_writes_nothing()
    {
        _temp.Write("ports.toml", TestSpecs.Collision);

        var result = InProcess.Run(_temp.Path, "generate");

        Assert.Equal(1, result.ExitCode);
        Assert.Matches(@"^ports\.toml\(\d+,\d+\): error PM1201: ", result.OutLines[0]);
        Assert.False(Directory.Exists(_temp.File("artifacts")));
    }

    [Fact]
    public void Template_error_points_at_the_template_and_writes_nothing()
    {
        _temp.Write("templates/broken.txt.sbn", "line one\n{{ if }}\n");

        var result = InProcess.Run(_temp.Path, "generate");

        Assert.Equal(1, result.ExitCode);
        Assert.Matches(@"^templates/broken\.txt\.sbn\(2,\d+\): error PM3001: ", result.OutLines[0]);
        Assert.Equal(" 2 | {{ if }}", result.OutLines[1]);
        Assert.False(Directory.Exists(_temp.File("artifacts")));
    }

    [Fact]
    public void Warnings_as_errors_stops_generation()
    {
        _temp.Write("ports.toml", TestSpecs.WarningOnly);

        var lenient = InProcess.Run(_temp.Path, "generate", "--dry-run");
        var strict = InProcess.Run(_temp.Path, "generate", "--warnings-as-errors");

        Assert.Equal(0, lenient.ExitCode);
        Assert.Equal(1, strict.ExitCode);
        Assert.Contains(strict.OutLines, l => l.Contains("error PM2001", StringComparison.Ordinal));
        Assert.False(Directory.Exists(_temp.File("artifacts")));
    }

    [Fact]
    public void Spec_templates_and_out_options_are_relative_to_the_working_folder()
    {
        var work = Directory.CreateDirectory(_temp.File("work")).FullName;

        var result = InProcess.Run(work, "generate", "--spec", "../ports.toml", "--templates", "../templates", "--out", "gen");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal("24510 app.http\n", File.ReadAllText(Path.Combine(work, "gen", "notes", "ports.txt")));
        Assert.False(Directory.Exists(_temp.File("artifacts")));
    }

    [Fact]
    public void Missing_spec_exits_2()
    {
        var result = InProcess.Run(_temp.Path, "generate", "--spec", "nope.toml");

        Assert.Equal(2, result.ExitCode);
    }

    public void Dispose() => _temp.Dispose();
}
