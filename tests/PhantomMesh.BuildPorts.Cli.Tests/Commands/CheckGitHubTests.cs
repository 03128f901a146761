using System.Text.RegularExpressions;
using PhantomMesh.BuildPorts.Cli.Formatting;
using PhantomMesh.BuildPorts.Cli.Tests.Infrastructure;

namespace PhantomMesh.BuildPorts.Cli.Tests.Commands;

/// <summary>
/// <c>--format github</c> and the annotations printed under GitHub Actions: workflow commands
/// (<c>::error file=F,line=L,col=C,title=T::message</c>) that the runner turns into annotations on
/// the pull request's lines.
/// </summary>
public sealed partial class CheckGitHubTests : IDisposable
{
    private readonly TempFolder _temp = new();

    [GeneratedRegex(@"^::(error|warning) file=[^,]+,line=\d+,col=\d+(,endLine=\d+,endColumn=\d+)?,title=[^:]+::.+$")]
    private static partial Regex Annotation();

    [GeneratedRegex(@"^::(?<kind>error|warning) file=(?<file>[^,]+),line=(?<line>\d+),col=(?<col>\d+)(,endLine=(?<endLine>\d+),endColumn=(?<endCol>\d+))?,title=(?<title>[^:]+)::(?<message>.+)$")]
    private static partial Regex AnnotationParts();

    [Fact]
    public void Every_line_is_an_annotation_with_the_exact_location()
    {
        _temp.Write("ports.toml", TestSpecs.Reserved);
        var (line, column) = TestSpecs.PositionOf(TestSpecs.Reserved, "host_port = 24511", occurrence: 1, target: "24511");

        var result = InProcess.Run(_temp.Path, "check", "--format", "github");

        Assert.Equal(1, result.ExitCode);
        Assert.Empty(result.StdErr);
        Assert.Equal(3, result.OutLines.Length);
        Assert.All(result.OutLines, l => Assert.Matches(Annotation(), l));
        var first = AnnotationParts().Match(result.OutLines[0]);
        Assert.Equal("error", first.Groups["kind"].Value);
        Assert.Equal("ports.toml", first.Groups["file"].Value);
        Assert.Equal((line, column), (int.Parse(first.Groups["line"].Value), int.Parse(first.Groups["col"].Value)));
        Assert.Equal((line, column + 5), (int.Parse(first.Groups["endLine"].Value), int.Parse(first.Groups["endCol"].Value)));
        Assert.Equal("PM1205%3A Port is reserved", first.Groups["title"].Value);
        Assert.StartsWith("Host port 24511 of 'app.http' is reserved for 'later'", first.Groups["message"].Value, StringComparison.Ordinal);
        Assert.StartsWith("::warning ", result.OutLines[1], StringComparison.Ordinal);
    }

    [Fact]
    public void Warnings_only_exit_0()
    {
        _temp.Write("ports.toml", TestSpecs.WarningOnly);

        var result = InProcess.Run(_temp.Path, "check", "--format", "github");

        Assert.Equal(0, result.ExitCode);
        Assert.Matches(Annotation(), Assert.Single(result.OutLines));
        Assert.StartsWith("::warning file=ports.toml,", result.OutLines[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Commas_and_colons_in_the_file_path_are_escaped()
    {
        // A folder name with ',' and ':' (legal on Linux and macOS) must not end the file property early.
        if (OperatingSystem.IsWindows())
        {
            return; // ':' is not allowed in Windows file names
        }

        _temp.Write("a,b:c/ports.toml", TestSpecs.Collision);

        var result = InProcess.Run(_temp.Path, "check", "--format", "github", "--spec", "a,b:c/ports.toml");

        var annotation = Assert.Single(result.OutLines);
        Assert.Matches(Annotation(), annotation);
        Assert.StartsWith("::error file=a%2Cb%3Ac/ports.toml,line=", annotation, StringComparison.Ordinal);
    }

    [Fact]
    public void Percent_and_line_breaks_in_a_message_are_escaped()
    {
        // A quoted key holding '%', a newline and a carriage return is echoed in the unknown-key message.
        _temp.Write("ports.toml", TestSpecs.Valid + "\n[containers.app.ports.http2]\nhost_port = 24511\ncontainer_port = 8081\n\"50%\\nx\\ry\" = 1\n");

        var result = InProcess.Run(_temp.Path, "check", "--format", "github");

        Assert.Equal(1, result.ExitCode);
        var annotation = Assert.Single(result.OutLines, l => l.Contains("PM1003", StringComparison.Ordinal));
        Assert.Matches(Annotation(), annotation);
        Assert.Contains("50%25%0Ax%0Dy", annotation, StringComparison.Ordinal);
        Assert.DoesNotContain('\r', result.StdOut);
    }

    [Theory]
    [InlineData("plain", "plain", "plain")]
    [InlineData("100%", "100%25", "100%25")]
    [InlineData("a\r\nb", "a%0D%0Ab", "a%0D%0Ab")]
    [InlineData("PM1201: x, y", "PM1201: x, y", "PM1201%3A x%2C y")]
    [InlineData("%3A", "%253A", "%253A")]
    public void Escaping_follows_the_runner(string text, string asMessage, string asProperty)
    {
        Assert.Equal(asMessage, GitHubAnnotationWriter.Data(text));
        Assert.Equal(asProperty, GitHubAnnotationWriter.Property(text));
    }

    [Fact]
    public void Under_GitHub_Actions_text_output_also_prints_annotations_to_stderr()
    {
        _temp.Write("ports.toml", TestSpecs.Collision);
        var actions = new Dictionary<string, string?> { ["GITHUB_ACTIONS"] = "true" };

        var text = InProcess.Run(_temp.Path, isTerminal: false, actions, "check");
        var plain = InProcess.Run(_temp.Path, "check");

        Assert.Equal(1, text.ExitCode);
        Assert.Equal(plain.StdOut, text.StdOut);
        var annotation = Assert.Single(text.ErrLines);
        Assert.Matches(Annotation(), annotation);
        Assert.StartsWith("::error file=ports.toml,", annotation, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("json")]
    [InlineData("sarif")]
    public void Under_GitHub_Actions_machine_formats_stay_parseable_on_stdout(string format)
    {
        _temp.Write("ports.toml", TestSpecs.Collision);
        var actions = new Dictionary<string, string?> { ["GITHUB_ACTIONS"] = "true" };

        var result = InProcess.Run(_temp.Path, isTerminal: false, actions, "check", "--format", format);

        using var document = System.Text.Json.JsonDocument.Parse(result.StdOut);
        Assert.Matches(Annotation(), Assert.Single(result.ErrLines));
    }

    [Fact]
    public void Github_format_under_GitHub_Actions_prints_each_annotation_once()
    {
        _temp.Write("ports.toml", TestSpecs.Collision);
        var actions = new Dictionary<string, string?> { ["GITHUB_ACTIONS"] = "true" };

        var result = InProcess.Run(_temp.Path, isTerminal: false, actions, "check", "--format", "github");

        Assert.Single(result.OutLines);
        Assert.Empty(result.StdErr);
    }

    [Fact]
    public void Outside_GitHub_Actions_nothing_goes_to_stderr()
    {
        _temp.Write("ports.toml", TestSpecs.Collision);

        var result = InProcess.Run(_temp.Path, isTerminal: false, new Dictionary<string, string?> { ["GITHUB_ACTIONS"] = "false" }, "check");

        Assert.Empty(result.StdErr);
    }

    public void Dispose() => _temp.Dispose();
}
