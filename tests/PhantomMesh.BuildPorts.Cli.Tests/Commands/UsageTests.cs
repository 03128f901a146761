using PhantomMesh.BuildPorts.Cli.Tests.Infrastructure;

namespace PhantomMesh.BuildPorts.Cli.Tests.Commands;

/// <summary>The command line itself: help, version, and usage errors (exit 2).</summary>
public sealed class UsageTests
{
    public static TheoryData<string> Commands => new() { "check", "generate", "list", "next", "doctor", "init", "explain" };

    [Fact]
    public void Help_lists_every_command_and_exits_0()
    {
        var result = InProcess.Run(RepoPaths.RepoRoot, "--help");

        Assert.Equal(0, result.ExitCode);
        foreach (var command in Commands)
        {
            Assert.Contains($"  {command}", result.StdOut, StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(Commands))]
    public void Each_command_has_help(string command)
    {
        var result = InProcess.Run(RepoPaths.RepoRoot, command, "--help");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains($"phantom-gen {command}", result.StdOut, StringComparison.Ordinal);
    }

    [Fact]
    public void Version_is_the_package_version()
    {
        var result = InProcess.Run(RepoPaths.RepoRoot, "--version");

        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith(ToolManifest.Version, result.StdOut.Trim(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData]
    [InlineData("bogus")]
    [InlineData("check", "--bogus")]
    [InlineData("check", "extra-argument")]
    [InlineData("check", "--spec")]
    [InlineData("list", "--format", "yaml")]
    [InlineData("next", "a", "b")]
    public void Usage_errors_exit_2_with_a_hint(params string[] args)
    {
        var result = InProcess.Run(RepoPaths.RepoRoot, args);

        Assert.Equal(2, result.ExitCode);
        Assert.Empty(result.StdOut);
        Assert.Equal("Run 'phantom-gen --help' for usage.", result.ErrLines[^1]);
        Assert.All(result.ErrLines[..^1], l => Assert.StartsWith("phantom-gen: ", l, StringComparison.Ordinal));
    }
}
