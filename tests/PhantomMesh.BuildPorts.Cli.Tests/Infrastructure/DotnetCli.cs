namespace PhantomMesh.BuildPorts.Cli.Tests.Infrastructure;

/// <summary>The dotnet CLI as the end-to-end tests run it: quiet, no build servers left behind, minutes to finish.</summary>
public static class DotnetCli
{
    /// <summary>A pack, a restore from a cold package folder or a Native AOT compile takes minutes on a small machine.</summary>
    public static readonly TimeSpan Slow = TimeSpan.FromMinutes(20);

    /// <summary>No telemetry or first-run banners, no MSBuild nodes or build server left running after the test.</summary>
    public static Dictionary<string, string?> QuietEnvironment() => new()
    {
        ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1",
        ["DOTNET_NOLOGO"] = "1",
        ["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1",
        ["MSBUILDDISABLENODEREUSE"] = "1",
        ["DOTNET_CLI_USE_MSBUILD_SERVER"] = "0",
    };

    public static Task<ToolResult> RunAsync(string folder, IReadOnlyDictionary<string, string?> environment, params string[] args)
        => ExternalTool.RunAsync("dotnet", args, Slow, folder, environment);
}
