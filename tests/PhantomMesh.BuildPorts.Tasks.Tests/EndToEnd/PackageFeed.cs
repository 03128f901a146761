using System.Collections;
using System.Reflection;
using System.Security;
using PhantomMesh.BuildPorts.Tasks.Tests.Infrastructure;

namespace PhantomMesh.BuildPorts.Tasks.Tests.EndToEnd;

[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class EndToEndCollection : ICollectionFixture<PackageFeed>
{
    public const string Name = "End to end (dotnet pack, dotnet build)";
}

/// <summary>
/// Packs the task project once per test run into a folder feed, with a version no other run has
/// used (so no package folder anywhere can hold a stale copy of it), and gives every consumer of
/// the run the same NuGet.config and the same isolated package folder.
/// </summary>
public sealed class PackageFeed : IDisposable
{
    public const string PackageId = "PhantomMesh.BuildPorts";

    /// <summary>The upstream for what the SDK itself restores (the net8.0 reference pack): the source this machine's NuGet uses.</summary>
    public const string Upstream = "https://api.nuget.org/v3/index.json";

    private readonly TempFolder _root = new("pm-e2e-");

    public PackageFeed()
    {
        Version = "0.0.0-test.g" + Guid.NewGuid().ToString("N")[..12];
        Directory.CreateDirectory(FeedFolder);
        Directory.CreateDirectory(PackagesFolder);

        // --no-build packs exactly the task assembly these tests were built with (same configuration).
        var pack = Dotnet(RepoPaths.RepoRoot,
            "pack", RepoPaths.TasksProject, "--no-build", "-c", Configuration, "-o", FeedFolder, $"-p:Version={Version}");
        if (!pack.Succeeded || !File.Exists(PackagePath))
        {
            throw new InvalidOperationException($"dotnet pack of the task project failed (build the solution first):\n{pack}");
        }

        PackTime = pack.Elapsed;
        File.WriteAllText(Path.Combine(ConsumersFolder, "NuGet.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <config>
                <add key="globalPackagesFolder" value="{SecurityElement.Escape(PackagesFolder)}" />
              </config>
              <packageSources>
                <clear />
                <add key="under-test" value="{SecurityElement.Escape(FeedFolder)}" />
                <add key="upstream" value="{Upstream}" />
              </packageSources>
            </configuration>
            """);
        // Nothing above the consumers may change how they build.
        File.WriteAllText(Path.Combine(ConsumersFolder, "Directory.Build.props"), "<Project />\n");
        File.WriteAllText(Path.Combine(ConsumersFolder, "Directory.Build.targets"), "<Project />\n");
    }

    public string Version { get; }

    public TimeSpan PackTime { get; }

    public string FeedFolder => _root.Combine("feed");

    /// <summary>The consumers' own NUGET_PACKAGES: nothing from the machine's package folder leaks in.</summary>
    public string PackagesFolder => _root.Combine("packages");

    public string ConsumersFolder => _root.Path;

    public string PackagePath => Path.Combine(FeedFolder, $"{PackageId}.{Version}.nupkg");

    /// <summary>Debug or Release: the configuration this test assembly, and so the task beside it, was built in.</summary>
    public static string Configuration =>
        typeof(PackageFeed).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";

    /// <summary>
    /// The environment of every dotnet command: the test host's MSBuild variables removed (the locator
    /// sets some in this process), English messages, no node reuse, the isolated package folder.
    /// </summary>
    public IReadOnlyDictionary<string, string?> Environment
    {
        get
        {
            var environment = new Dictionary<string, string?>(StringComparer.Ordinal);
            foreach (DictionaryEntry variable in System.Environment.GetEnvironmentVariables())
            {
                var name = (string)variable.Key;
                if (name.StartsWith("MSBUILD", StringComparison.OrdinalIgnoreCase) || name.StartsWith("VSTEST", StringComparison.OrdinalIgnoreCase))
                {
                    environment[name] = null;
                }
            }

            environment["NUGET_PACKAGES"] = PackagesFolder;
            environment["DOTNET_CLI_UI_LANGUAGE"] = "en";
            environment["DOTNET_NOLOGO"] = "1";
            environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
            environment["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";
            environment["MSBUILDDISABLENODEREUSE"] = "1";
            environment["NO_COLOR"] = "1";
            return environment;
        }
    }

    public ProcessResult Dotnet(string workingDirectory, params string[] arguments)
        => ProcessRunner.Run("dotnet", arguments, workingDirectory, Environment, TimeSpan.FromMinutes(5));

    /// <summary>A new consumer folder under the folder that holds NuGet.config.</summary>
    public Consumer NewConsumer(string name) => new(this, Path.Combine(ConsumersFolder, name));

    public void Dispose() => _root.Dispose();
}
