using System.Diagnostics;
using XunitException = Xunit.Sdk.XunitException;

namespace PhantomMesh.BuildPorts.Tests.Infrastructure;

public sealed class ExternalToolTests
{
    private const string MissingTool = "phantommesh-no-such-validator";

    [Fact]
    public void RequireTool_fails_in_ci_when_the_tool_is_missing()
    {
        var error = Assert.ThrowsAny<XunitException>(() => ExternalTool.RequireTool(MissingTool, isCi: true));

        Assert.IsNotType<SkipException>(error);
        Assert.Contains(MissingTool, error.Message, StringComparison.Ordinal);
        Assert.Contains("CI=true", error.Message, StringComparison.Ordinal);
        Assert.Contains("Install it", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RequireTool_skips_outside_ci_when_the_tool_is_missing()
    {
        var skip = Assert.Throws<SkipException>(() => ExternalTool.RequireTool(MissingTool, isCi: false));

        Assert.Contains(MissingTool, skip.Message, StringComparison.Ordinal);
        Assert.Contains("Install it", skip.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("promtool", "apt-get install --no-install-recommends prometheus")]
    [InlineData("docker-compose", "apt-get install --no-install-recommends docker-compose")]
    [InlineData("yamllint", "apt-get install --no-install-recommends yamllint")]
    [InlineData("taplo", "npm ci")]
    [InlineData(MissingTool, "install '" + MissingTool + "' on PATH")]
    public void Install_hints_say_where_each_tool_comes_from(string tool, string expected)
    {
        Assert.Contains(expected, ToolInstallHints.For(tool), StringComparison.Ordinal);
    }

    [SkippableFact]
    public void Find_returns_a_full_path_from_PATH()
    {
        Skip.If(OperatingSystem.IsWindows(), "uses the POSIX shell");

        var sh = ExternalTool.Find("sh");

        Assert.NotNull(sh);
        Assert.True(Path.IsPathFullyQualified(sh), sh);
        Assert.Null(ExternalTool.Find(MissingTool));
    }

    [SkippableFact]
    public async Task RunAsync_passes_arguments_verbatim_and_captures_both_streams_and_the_exit_code()
    {
        Skip.If(OperatingSystem.IsWindows(), "uses the POSIX shell");
        var sh = ExternalTool.RequireTool("sh");

        var result = await ExternalTool.RunAsync(
            sh,
            ["-c", "printf '%s|' \"$@\"; echo to-stderr >&2; exit 3", "sh", "a b", "c\"d", "$HOME", "*"]);

        Assert.Equal(3, result.ExitCode);
        Assert.False(result.TimedOut);
        Assert.False(result.Succeeded);
        Assert.Equal("a b|c\"d|$HOME|*|", result.StdOut);
        Assert.Equal("to-stderr\n", result.StdErr);
    }

    [SkippableFact]
    public async Task RunAsync_kills_a_tool_that_outlives_its_timeout()
    {
        Skip.If(OperatingSystem.IsWindows(), "uses the POSIX shell");
        var sh = ExternalTool.RequireTool("sh");
        var clock = Stopwatch.StartNew();

        var result = await ExternalTool.RunAsync(sh, ["-c", "sleep 30"], TimeSpan.FromMilliseconds(300));

        Assert.True(result.TimedOut);
        Assert.False(result.Succeeded);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(15), $"took {clock.Elapsed}");
    }
}
