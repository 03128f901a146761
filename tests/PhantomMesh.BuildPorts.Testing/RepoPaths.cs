namespace PhantomMesh.BuildPorts.Testing;

/// <summary>Well-known paths of the repository the tests run from.</summary>
public static class RepoPaths
{
    public const string SolutionFileName = "PhantomMesh.BuildPorts.sln";

    private static readonly Lazy<string> Root = new(() => FindRoot(AppContext.BaseDirectory));

    /// <summary>The folder holding the solution file.</summary>
    public static string RepoRoot => Root.Value;

    /// <summary>The project's real port spec.</summary>
    public static string PortsToml => Path.Combine(RepoRoot, "ports.toml");

    /// <summary>How many ports the repository's spec has, as Core counts them (so the tests follow the spec).</summary>
    public static int PortCount => PhantomMesh.BuildPorts.Validation.SpecCheck.Run(PortsToml).Specs!.Root.Ports.Count();

    /// <summary>The summary line of <c>phantom-gen check</c> for the repository's spec: its ports, checked in the base and every environment.</summary>
    public static string CheckSummary
        => $"ports.toml (base and environments {string.Join(", ", PhantomMesh.BuildPorts.Validation.SpecCheck.Run(PortsToml).Specs!.Root.EnvironmentNames)}): {PortCount} ports, 0 errors, 0 warnings";

    /// <summary>The JSON Schema that describes ports.toml for editors and taplo.</summary>
    public static string SchemaFile => Path.Combine(RepoRoot, "schema", "ports.schema.json");

    /// <summary>Where <c>npm ci</c> in tools/validators installs the node-based validators.</summary>
    public static string ValidatorsNodeModules => Path.Combine(RepoRoot, "tools", "validators", "node_modules");

    public static string TasksProjectFolder => Path.Combine(RepoRoot, "src", "PhantomMesh.BuildPorts.Tasks");

    public static string TasksProject => Path.Combine(TasksProjectFolder, "PhantomMesh.BuildPorts.Tasks.csproj");

    /// <summary>The package's props and targets, imported from source by the in-process builds.</summary>
    public static string BuildProps => Path.Combine(TasksProjectFolder, "build", "PhantomMesh.BuildPorts.props");

    public static string BuildTargets => Path.Combine(TasksProjectFolder, "build", "PhantomMesh.BuildPorts.targets");

    /// <summary>The task assembly, in a test project that references the Tasks project (copied beside the tests with Core, Tomlyn and Scriban).</summary>
    public static string TaskAssembly => Path.Combine(AppContext.BaseDirectory, "PhantomMesh.BuildPorts.Tasks.dll");

    /// <summary>Walks up from <paramref name="start"/> to the first folder holding the solution file.</summary>
    public static string FindRoot(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, SolutionFileName)))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException(
            $"No folder at or above '{start}' holds {SolutionFileName}; run the tests from inside the repository.");
    }
}
