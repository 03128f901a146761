namespace PhantomMesh.BuildPorts.Tests.Infrastructure;

public sealed class RepoPathsTests
{
    [Fact]
    public void RepoRoot_is_the_folder_holding_the_solution()
    {
        Assert.True(File.Exists(Path.Combine(RepoPaths.RepoRoot, RepoPaths.SolutionFileName)), RepoPaths.RepoRoot);
        Assert.StartsWith(RepoPaths.RepoRoot, AppContext.BaseDirectory, StringComparison.Ordinal);
    }

    [Fact]
    public void The_spec_and_its_schema_are_where_RepoPaths_says()
    {
        Assert.True(File.Exists(RepoPaths.PortsToml), RepoPaths.PortsToml);
        Assert.True(File.Exists(RepoPaths.SchemaFile), RepoPaths.SchemaFile);
        Assert.Equal(Path.Combine(RepoPaths.RepoRoot, "tools", "validators", "node_modules"), RepoPaths.ValidatorsNodeModules);
    }

    [Fact]
    public void FindRoot_walks_up_from_a_nested_folder_and_fails_outside_a_repository()
    {
        var nested = Path.Combine(RepoPaths.RepoRoot, "schema");
        Assert.Equal(RepoPaths.RepoRoot, RepoPaths.FindRoot(nested));

        var outside = Directory.CreateTempSubdirectory("buildports-norepo-");
        try
        {
            Assert.Throws<DirectoryNotFoundException>(() => RepoPaths.FindRoot(outside.FullName));
        }
        finally
        {
            outside.Delete(recursive: true);
        }
    }
}
