using PhantomMesh.BuildPorts.Cli.Tests.Infrastructure;

namespace PhantomMesh.BuildPorts.Cli.Tests.EndToEnd;

/// <summary>
/// README.md's getting-started commands, read from the README and run word for word in a fresh clone
/// of the repository with an empty NuGet package folder and CLI home, as on a new machine with only
/// the .NET SDK: <c>dotnet build</c> packs phantom-gen into .config/tool-feed/, <c>dotnet tool restore</c>
/// installs it from there, <c>dotnet phantom-gen check</c> passes.
/// </summary>
[Trait("Category", "EndToEnd")]
public sealed class ReadmeStepsTests : IDisposable
{
    /// <summary>A first build with an empty package folder restores every package from the network.</summary>

    /// <summary>Running the whole suite from inside one of its tests would start this test again.</summary>
    private static readonly string[] NotRunHere = ["dotnet", "test"];

    private readonly TempFolder _temp = new("pm-readme-");

    [SkippableFact]
    public async Task The_readme_steps_on_a_fresh_clone_install_phantom_gen_and_check_the_repository_spec()
    {
        var clone = _temp.Combine("repo");
        await WorkingTreeClone.CreateAsync(clone);
        var environment = Environment();

        var commands = ReadmeSteps.Commands();
        Assert.All(commands, command => Assert.Equal("dotnet", command[0]));
        Assert.Equal(["dotnet", "build"], commands[0]);
        Assert.Equal(["dotnet", "phantom-gen", "check"], commands[^1]);

        ToolResult? last = null;
        foreach (var command in commands.Where(c => !c.SequenceEqual(NotRunHere)))
        {
            last = await DotnetCli.RunAsync(clone, environment, command[1..]);
            Assert.True(last.Succeeded, $"README step '{string.Join(' ', command)}' failed: {last}");
        }

        Assert.Equal(RepoPaths.CheckSummary, last!.StdOut.Trim());
        Assert.True(Directory.Exists(RestoredTool),
            $"the tool was not restored into the test's own package folder from the clone's .config/tool-feed/ ({RestoredTool})");

        var failing = await DotnetCli.RunAsync(clone, environment, "phantom-gen", "check", "--spec", _temp.Write("collision/ports.toml", TestSpecs.Collision));
        Assert.Equal(1, failing.ExitCode);

        // The local feed's package is framework-dependent: the tool runs from its net10.0 build.
        var resolved = File.ReadAllText(Directory.GetFiles(_temp.Combine("cli-home", ".dotnet", "toolResolverCache"), "*", SearchOption.AllDirectories).Single());
        Assert.Contains("/tools/net10.0/any/phantom-gen.dll", resolved.Replace('\\', '/'), StringComparison.Ordinal);

        // README, another repository: a new tool manifest, install from the folder the build packed into, init and check.
        var consumer = Directory.CreateDirectory(_temp.Combine("consumer")).FullName;
        var feed = Path.Combine(clone, ".config", "tool-feed");
        Assert.True((await DotnetCli.RunAsync(consumer, environment, "new", "tool-manifest")).Succeeded);
        var install = await DotnetCli.RunAsync(consumer, environment, "tool", "install", "--local", ToolManifest.PackageId, "--add-source", feed);
        Assert.True(install.Succeeded, install.ToString());
        Assert.True((await DotnetCli.RunAsync(consumer, environment, "phantom-gen", "init")).Succeeded);
        var consumerCheck = await DotnetCli.RunAsync(consumer, environment, "phantom-gen", "check");
        Assert.True(consumerCheck.Succeeded, consumerCheck.ToString());
        Assert.Equal("ports.toml: 2 ports, 0 errors, 0 warnings", consumerCheck.StdOut.Trim());
    }

    public void Dispose() => _temp.Dispose();

    private string RestoredTool => _temp.Combine("nuget-packages", ToolManifest.PackageId.ToLowerInvariant(), ToolManifest.Version);

    /// <summary>
    /// A new machine: its own package folder, so every package (the tool too) comes from a source, and
    /// its own CLI home, because the dotnet CLI caches where each local tool was restored
    /// (~/.dotnet/toolResolverCache). No build servers left running, no first-run banners.
    /// </summary>
    private Dictionary<string, string?> Environment()
    {
        var environment = DotnetCli.QuietEnvironment();
        environment["NUGET_PACKAGES"] = _temp.Combine("nuget-packages");
        environment["DOTNET_CLI_HOME"] = _temp.Combine("cli-home");
        return environment;
    }
}
