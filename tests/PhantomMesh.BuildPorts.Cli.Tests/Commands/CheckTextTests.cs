using System.Text.RegularExpressions;
using PhantomMesh.BuildPorts.Cli.Tests.Infrastructure;

namespace PhantomMesh.BuildPorts.Cli.Tests.Commands;

/// <summary><c>phantom-gen check</c> in its default text format, and its exit codes.</summary>
public sealed partial class CheckTextTests : IDisposable
{
    private readonly TempFolder _temp = new();

    [GeneratedRegex(@"^(?<file>.+)\((?<line>\d+),(?<col>\d+)\): (?<severity>error|warning) (?<code>PM\d{4}): (?<message>.+)$")]
    private static partial Regex CanonicalLine();

    [Fact]
    public void Valid_spec_exits_0_with_a_summary_and_nothing_else()
    {
        _temp.Write("ports.toml", TestSpecs.Valid);

        var result = InProcess.Run(_temp.Path, "check");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(["ports.toml: 1 port, 0 errors, 0 warnings"], result.OutLines);
        Assert.Empty(result.StdErr);
    }

    [Fact]
    public void The_repository_spec_passes()
    {
        var result = InProcess.Run(RepoPaths.RepoRoot, "check");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(RepoPaths.CheckSummary, result.OutLines[^1]);
    }

    [Fact]
    public void Error_prints_the_canonical_line_the_source_line_and_a_caret_under_the_column()
    {
        _temp.Write("ports.toml", TestSpecs.Collision);
        var (line, column) = TestSpecs.PositionOf(TestSpecs.Collision, "host_port = 24510", occurrence: 2, target: "24510");
        var (otherLine, otherColumn) = TestSpecs.PositionOf(TestSpecs.Collision, "host_port = 24510", occurrence: 1, target: "24510");

        var result = InProcess.Run(_temp.Path, "check");

        Assert.Equal(1, result.ExitCode);
        var lines = result.OutLines;
        var first = CanonicalLine().Match(lines[0]);
        Assert.True(first.Success, lines[0]);
        Assert.Equal(("ports.toml", line.ToString(), column.ToString(), "error", "PM1201"),
            (first.Groups["file"].Value, first.Groups["line"].Value, first.Groups["col"].Value, first.Groups["severity"].Value, first.Groups["code"].Value));

        // The source line with its number in a gutter, then a caret under the column, as wide as the value.
        Assert.Equal($" {line} | host_port = 24510", lines[1]);
        var caretLine = lines[2];
        var gutter = $" {new string(' ', line.ToString().Length)} | ";
        Assert.StartsWith(gutter, caretLine, StringComparison.Ordinal);
        Assert.Equal(column - 1, caretLine.IndexOf('^', StringComparison.Ordinal) - gutter.Length);
        Assert.Equal("^^^^^", caretLine.Trim().TrimStart('|').Trim());
        Assert.Equal(lines[1].IndexOf("24510", StringComparison.Ordinal), caretLine.IndexOf('^', StringComparison.Ordinal));

        Assert.Contains($"  note: 'app.http' uses host port 24510 here at ports.toml({otherLine},{otherColumn})", lines);
        Assert.Contains(lines, l => l.StartsWith("  help: ", StringComparison.Ordinal) && l.EndsWith("(phantom-gen explain PM1201)", StringComparison.Ordinal));
        Assert.Equal("ports.toml: 2 ports, 1 error, 0 warnings", lines[^1]);
    }

    [Fact]
    public void Every_diagnostic_has_a_canonical_line_in_the_order_of_the_file()
    {
        _temp.Write("ports.toml", TestSpecs.BadKeys);

        var result = InProcess.Run(_temp.Path, "check");

        Assert.Equal(1, result.ExitCode);
        var canonical = result.OutLines.Select(l => CanonicalLine().Match(l)).Where(m => m.Success).ToList();
        Assert.Equal(["PM1003", "PM1002", "PM1102"], canonical.Select(m => m.Groups["code"].Value));
        Assert.All(canonical, m => Assert.Equal("ports.toml", m.Groups["file"].Value));
    }

    [Fact]
    public void Warnings_alone_exit_0_and_with_warnings_as_errors_exit_1()
    {
        _temp.Write("ports.toml", TestSpecs.WarningOnly);

        var plain = InProcess.Run(_temp.Path, "check");
        var strict = InProcess.Run(_temp.Path, "check", "--warnings-as-errors");

        Assert.Equal(0, plain.ExitCode);
        Assert.Matches(@"^ports\.toml\(\d+,\d+\): warning PM2001: ", plain.OutLines[0]);
        Assert.Equal("ports.toml: 1 port, 0 errors, 1 warning", plain.OutLines[^1]);
        Assert.Equal(1, strict.ExitCode);
        Assert.Matches(@"^ports\.toml\(\d+,\d+\): error PM2001: ", strict.OutLines[0]);
        Assert.Equal("ports.toml: 1 port, 1 error, 0 warnings", strict.OutLines[^1]);
    }

    [Fact]
    public void Syntax_error_exits_1()
    {
        _temp.Write("ports.toml", TestSpecs.SyntaxError);

        var result = InProcess.Run(_temp.Path, "check");

        Assert.Equal(1, result.ExitCode);
        Assert.Matches(@"^ports\.toml\(\d+,\d+\): error PM1001: ", result.OutLines[0]);
    }

    [Fact]
    public void Spec_is_found_in_a_folder_above_the_working_folder()
    {
        _temp.Write("ports.toml", TestSpecs.Collision);
        var below = Directory.CreateDirectory(_temp.File("a/b")).FullName;

        var result = InProcess.Run(below, "check");

        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith(_temp.File("ports.toml") + "(", result.OutLines[0], StringComparison.Ordinal);
    }

    [Fact]
    public void No_spec_anywhere_exits_2()
    {
        var result = InProcess.Run(_temp.Path, "check");

        // The temp folder's parents may hold a ports.toml on some machines; only assert when none does.
        if (!Ancestors(_temp.Path).Any(d => File.Exists(Path.Combine(d, "ports.toml"))))
        {
            Assert.Equal(2, result.ExitCode);
            Assert.Contains("no ports.toml", result.StdErr, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Missing_spec_named_by_option_exits_2()
    {
        var result = InProcess.Run(_temp.Path, "check", "--spec", "nowhere.toml");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("phantom-gen: spec file 'nowhere.toml' does not exist.", result.ErrLines.Single());
        Assert.Empty(result.StdOut);
    }

    [Fact]
    public void Spec_that_cannot_be_read_as_text_is_an_io_error_exit_2()
    {
        // Not UTF-8: the loader reports PM1006 (spec file cannot be read), which the CLI maps to exit 2.
        File.WriteAllBytes(_temp.File("ports.toml"), [0x5b, 0x70, 0xff, 0xfe, 0x5d, 0x0a]);

        var result = InProcess.Run(_temp.Path, "check");

        Assert.Equal(2, result.ExitCode);
        Assert.Matches(@"^ports\.toml\(1,\d+\): error PM1006: ", result.OutLines[0]);
    }

    [Fact]
    public void Included_spec_that_does_not_exist_is_a_spec_error_exit_1()
    {
        _temp.Write("ports.toml", TestSpecs.MissingInclude);

        var result = InProcess.Run(_temp.Path, "check");

        Assert.Equal(1, result.ExitCode);
        Assert.Matches(@"^ports\.toml\(1,\d+\): error PM1008: ", result.OutLines[0]);
    }

    [Fact]
    public void Colour_only_on_a_terminal_and_never_with_NO_COLOR()
    {
        _temp.Write("ports.toml", TestSpecs.Collision);
        var terminal = InProcess.Run(_temp.Path, isTerminal: true, environment: null, "check");
        var noColor = InProcess.Run(_temp.Path, isTerminal: true, environment: new Dictionary<string, string?> { ["NO_COLOR"] = "1" }, "check");
        var emptyNoColor = InProcess.Run(_temp.Path, isTerminal: true, environment: new Dictionary<string, string?> { ["NO_COLOR"] = "" }, "check");
        var redirected = InProcess.Run(_temp.Path, isTerminal: false, environment: null, "check");

        Assert.Contains("\u001b[31m", terminal.StdOut, StringComparison.Ordinal); // red "error PM1201"
        Assert.Contains("\u001b[0m", terminal.StdOut, StringComparison.Ordinal);
        Assert.DoesNotContain('\u001b', noColor.StdOut);
        Assert.DoesNotContain('\u001b', redirected.StdOut);
        // https://no-color.org: only a non-empty NO_COLOR turns colour off.
        Assert.Contains("\u001b[", emptyNoColor.StdOut, StringComparison.Ordinal);

        // Without the escapes, the coloured output is the plain output.
        Assert.Equal(redirected.StdOut, Regex.Replace(terminal.StdOut, "\u001b\\[[0-9;]*m", string.Empty));
    }

    [Fact]
    public void Unknown_format_is_a_usage_error_exit_2()
    {
        _temp.Write("ports.toml", TestSpecs.Valid);

        var result = InProcess.Run(_temp.Path, "check", "--format", "xml");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("xml", result.StdErr, StringComparison.Ordinal);
        Assert.Contains("Run 'phantom-gen --help' for usage.", result.StdErr, StringComparison.Ordinal);
        Assert.Empty(result.StdOut);
    }

    public void Dispose() => _temp.Dispose();

    private static IEnumerable<string> Ancestors(string folder)
    {
        for (var dir = new DirectoryInfo(folder); dir is not null; dir = dir.Parent)
        {
            yield return dir.FullName;
        }
    }
}
