using PhantomMesh.BuildPorts.Cli.Tests.Infrastructure;

namespace PhantomMesh.BuildPorts.Cli.Tests.EndToEnd;

/// <summary>
/// The README's steps, run as written in a temporary copy of the repository: pack the tool into a
/// folder feed, install it from there as a local tool (with its own NuGet package folder, so nothing
/// comes from this machine's cache), and run <c>dotnet phantom-gen check</c>.
/// </summary>
[Trait("Category", "EndToEnd")]
public sealed class ToolPackageTests : IDisposable
{
    private static readonly TimeSpan Slow = TimeSpan.FromMinutes(5);

    private static readonly string[] Skipped = ["bin", "obj", "node_modules", "artifacts", "TestResults", ".git", ".vs", ".idea", "BenchmarkDotNet.Artifacts"];

    private readonly TempFolder _temp = new("pm-tool-");

    [Fact]
    public async Task Packed_tool_installs_from_a_folder_feed_and_checks_the_repository_spec()
    {
        var copy = Path.Combine(_temp.Path, "repo");
        CopyRepository(RepoPaths.RepoRoot, copy);
        var environment = Environment();

        // README: dotnet pack src/PhantomMesh.BuildPorts.Cli -o artifacts/feed
        // (the build's own dependencies may come from this machine's package cache; the tool may not)
        var pack = await Dotnet(copy, BuildEnvironment, "pack", "src/PhantomMesh.BuildPorts.Cli", "-o", "artifacts/feed", "--disable-build-servers");
        Assert.True(pack.Succeeded, pack.ToString());
        var package = $"{ToolManifest.PackageId}.{ToolManifest.Version}.nupkg";
        Assert.True(File.Exists(Path.Combine(copy, "artifacts", "feed", package)),
            $"the pack did not produce {package} (the version in .config/dotnet-tools.json): {string.Join(", ", Directory.GetFiles(Path.Combine(copy, "artifacts", "feed")).Select(Path.GetFileName))}");

        // README: dotnet tool restore --add-source artifacts/feed (the manifest is in .config/)
        var restore = await Dotnet(copy, environment, "tool", "restore", "--add-source", "artifacts/feed");
        Assert.True(restore.Succeeded, restore.ToString());
        Assert.True(Directory.Exists(Path.Combine(_temp.Path, "nuget-packages", ToolManifest.PackageId.ToLowerInvariant(), ToolManifest.Version)),
            "the tool was not restored into the test's own package folder");

        // The package is RID-agnostic, with ReadyToRun code for linux-x64 in every assembly of every target framework.
        var tools = Path.Combine(_temp.Path, "nuget-packages", ToolManifest.PackageId.ToLowerInvariant(), ToolManifest.Version, "tools");
        Assert.Equal(["net10.0", "net8.0"], Directory.GetDirectories(tools).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        foreach (var tfm in Directory.GetDirectories(tools))
        {
            Assert.Equal(["any"], Directory.GetDirectories(tfm).Select(Path.GetFileName));
            foreach (var assembly in Directory.GetFiles(Path.Combine(tfm, "any"), "*.dll"))
            {
                Assert.True(IsReadyToRun(assembly), $"{assembly} has no ReadyToRun code");
            }
        }

        // README: dotnet phantom-gen check
        var check = await Dotnet(copy, environment, "phantom-gen", "check");
        Assert.True(check.Succeeded, check.ToString());
        Assert.Equal(RepoPaths.CheckSummary, check.StdOut.Trim());

        var failing = await Dotnet(copy, environment, "phantom-gen", "check", "--spec", WriteCollision());
        Assert.Equal(1, failing.ExitCode);

        // The SDK runs the build for the newest target framework its runtime can run: net10.0 on .NET 10.
        var resolved = File.ReadAllText(Directory.GetFiles(Path.Combine(_temp.Path, "cli-home", ".dotnet", "toolResolverCache"), "*", SearchOption.AllDirectories).Single());
        Assert.Contains(System.Environment.Version.Major >= 10 ? "/tools/net10.0/any/phantom-gen.dll" : "/tools/net8.0/any/phantom-gen.dll", resolved.Replace('\\', '/'), StringComparison.Ordinal);

        // README, another repository: a new tool manifest, install from the feed, init and check.
        var consumer = Directory.CreateDirectory(Path.Combine(_temp.Path, "consumer")).FullName;
        var feed = Path.Combine(copy, "artifacts", "feed");
        Assert.True((await Dotnet(consumer, environment, "new", "tool-manifest")).Succeeded);
        var install = await Dotnet(consumer, environment, "tool", "install", "--local", ToolManifest.PackageId, "--add-source", feed);
        Assert.True(install.Succeeded, install.ToString());
        Assert.True((await Dotnet(consumer, environment, "phantom-gen", "init")).Succeeded);
        var consumerCheck = await Dotnet(consumer, environment, "phantom-gen", "check");
        Assert.True(consumerCheck.Succeeded, consumerCheck.ToString());
        Assert.Equal("ports.toml: 2 ports, 0 errors, 0 warnings", consumerCheck.StdOut.Trim());
    }

    public void Dispose() => _temp.Dispose();

    private static Task<ToolResult> Dotnet(string folder, IReadOnlyDictionary<string, string?> environment, params string[] args)
        => ExternalTool.RunAsync("dotnet", args, Slow, folder, environment);

    /// <summary>No build servers left running after the test, no first-run banners.</summary>
    private static Dictionary<string, string?> BuildEnvironment => new()
    {
        ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1",
        ["DOTNET_NOLOGO"] = "1",
        ["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1",
        ["MSBUILDDISABLENODEREUSE"] = "1",
        ["DOTNET_CLI_USE_MSBUILD_SERVER"] = "0",
    };

    /// <summary>
    /// Its own package folder, so the tool must come from the feed, and its own CLI home: the dotnet CLI
    /// caches where each local tool was restored (~/.dotnet/toolResolverCache), and an entry left by
    /// another run would point into a package folder that no longer exists.
    /// </summary>
    private Dictionary<string, string?> Environment() => new(BuildEnvironment)
    {
        ["NUGET_PACKAGES"] = Path.Combine(_temp.Path, "nuget-packages"),
        ["DOTNET_CLI_HOME"] = Path.Combine(_temp.Path, "cli-home"),
    };

    /// <summary>Whether the assembly carries precompiled native code (a ReadyToRun header).</summary>
    private static bool IsReadyToRun(string assembly)
    {
        using var stream = File.OpenRead(assembly);
        using var reader = new System.Reflection.PortableExecutable.PEReader(stream);
        return reader.PEHeaders.CorHeader?.ManagedNativeHeaderDirectory.Size > 0;
    }

    private string WriteCollision() => _temp.Write("collision/ports.toml", TestSpecs.Collision);

    /// <summary>The repository's sources and files, without build outputs, packages or git.</summary>
    private static void CopyRepository(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.EnumerateFiles(from).Where(f => !Skipped.Contains(Path.GetFileName(f), StringComparer.Ordinal)))
        {
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        }

        foreach (var folder in Directory.EnumerateDirectories(from))
        {
            var name = Path.GetFileName(folder);
            if (!Skipped.Contains(name, StringComparer.Ordinal))
            {
                CopyRepository(folder, Path.Combine(to, name));
            }
        }
    }
}
