namespace PhantomMesh.BuildPorts.Tests.Support;

public static class RepoFiles
{
    public static string Root { get; } = FindRoot();

    public static string PortsToml => Path.Combine(Root, "ports.toml");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "PhantomMesh.BuildPorts.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("The repository root (the folder holding PhantomMesh.BuildPorts.sln) was not found above the test assembly.");
    }
}
