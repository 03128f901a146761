namespace PhantomMesh.BuildPorts.Tasks.Tests.Infrastructure;

/// <summary>Well-known paths of the repository the tests run from.</summary>
public static class RepoPaths
{
    public const string SolutionFileName = "PhantomMesh.BuildPorts.sln";

    private static readonly Lazy<string> Root = new(() => FindRoot(AppContext.BaseDirectory));

    /// <summary>The folder holding the solution file.</summary>
    public static string RepoRoot => Root.Value;

    public static string TasksProjectFolder => Path.Combine(RepoRoot, "src", "PhantomMesh.BuildPorts.Tasks");

    public static string TasksProject => Path.Combine(TasksProjectFolder, "PhantomMesh.BuildPorts.Tasks.csproj");

    /// <summary>The package's props and targets, imported from source by the in-process builds.</summary>
    public static string BuildProps => Path.Combine(TasksProjectFolder, "build", "PhantomMesh.BuildPorts.props");

    public static string BuildTargets => Path.Combine(TasksProjectFolder, "build", "PhantomMesh.BuildPorts.targets");

    /// <summary>The task assembly this test project was built with (copied beside the tests, with Core, Tomlyn and Scriban).</summary>
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
