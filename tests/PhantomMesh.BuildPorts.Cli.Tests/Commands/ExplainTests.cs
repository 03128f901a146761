using PhantomMesh.BuildPorts.Cli.Tests.Infrastructure;
using PhantomMesh.BuildPorts.Diagnostics;

namespace PhantomMesh.BuildPorts.Cli.Tests.Commands;

/// <summary><c>phantom-gen explain CODE</c>: the code's section of docs/diagnostics.md, embedded in the tool.</summary>
public sealed class ExplainTests
{
    [Fact]
    public void PM1201_prints_its_docs_section()
    {
        var result = InProcess.Run(RepoPaths.RepoRoot, "explain", "PM1201");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(DocsSection("PM1201").TrimEnd('\n'), result.StdOut.TrimEnd('\n'));
        Assert.Equal("## PM1201: Host port already taken", result.OutLines[0]);
        Assert.Contains("**Bad**", result.StdOut, StringComparison.Ordinal);
        Assert.DoesNotContain("## PM1202", result.StdOut, StringComparison.Ordinal);
    }

    [Fact]
    public void Codes_are_case_insensitive()
    {
        var result = InProcess.Run(RepoPaths.RepoRoot, "explain", "pm1201");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("## PM1201: Host port already taken", result.OutLines[0]);
    }

    [Fact]
    public void Every_code_has_an_explanation()
    {
        Assert.All(DiagnosticCatalog.All, descriptor =>
        {
            var result = InProcess.Run(RepoPaths.RepoRoot, "explain", descriptor.Code);
            Assert.Equal(0, result.ExitCode);
            Assert.StartsWith(descriptor.Code, result.OutLines[0].TrimStart('#', ' '), StringComparison.Ordinal);
        });
    }

    [Theory]
    [InlineData("PM9999")]
    [InlineData("CS0001")]
    [InlineData("")]
    public void Unknown_code_exits_2_and_lists_the_codes(string code)
    {
        var result = InProcess.Run(RepoPaths.RepoRoot, "explain", code);

        Assert.Equal(2, result.ExitCode);
        Assert.Empty(result.StdOut);
        Assert.Contains("is not a diagnostic code. Codes: PM1001, PM1002", result.StdErr, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_code_is_a_usage_error_exit_2()
    {
        var result = InProcess.Run(RepoPaths.RepoRoot, "explain");

        Assert.Equal(2, result.ExitCode);
    }

    /// <summary>The section as docs/diagnostics.md has it, without its HTML anchor line.</summary>
    private static string DocsSection(string code)
    {
        var text = File.ReadAllText(Path.Combine(RepoPaths.RepoRoot, "docs", "diagnostics.md")).Replace("\r\n", "\n", StringComparison.Ordinal);
        var start = text.IndexOf($"\n## {code}:", StringComparison.Ordinal) + 1;
        var end = text.IndexOf("\n## ", start, StringComparison.Ordinal);
        var section = (end < 0 ? text[start..] : text[start..end]).TrimEnd('\n');
        return string.Join('\n', section.Split('\n').Where(l => !l.StartsWith("<a id=", StringComparison.Ordinal)));
    }
}
