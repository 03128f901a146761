using PhantomMesh.BuildPorts.Generation;
using PhantomMesh.BuildPorts.Tests.Infrastructure;
using PhantomMesh.BuildPorts.Tests.Support;

namespace PhantomMesh.BuildPorts.Tests.Rendering;

/// <summary>Generating PhantomMesh's files twice writes them once: the second run touches nothing.</summary>
public class RepeatedGenerationTests
{
    [Fact]
    public void A_second_run_on_the_repo_spec_leaves_every_file_and_timestamp_unchanged()
    {
        using var temp = new TempSpec();
        var options = new GenerationOptions
        {
            SpecPath = RepoPaths.PortsToml,
            TemplatesFolder = Path.Combine(RepoPaths.RepoRoot, "templates"),
            OutputFolder = Path.Combine(temp.Folder, "deploy"),
        };
        var first = Generator.Run(options);
        Assert.True(first.Succeeded, string.Join("\n", first.Diagnostics));
        Assert.Equal(GoldenOutputTests.PhantomMeshOutputs.Length, first.Plan!.Created.Count);
        var old = DateTime.UtcNow.AddHours(-1);
        foreach (var file in Directory.EnumerateFiles(options.ResolvedOutputFolder, "*", SearchOption.AllDirectories))
        {
            File.SetLastWriteTimeUtc(file, old);
        }

        var before = FolderSnapshot.Take(options.ResolvedOutputFolder);

        var second = Generator.Run(options);

        Assert.True(second.Succeeded);
        Assert.False(second.Plan!.HasChanges);
        Assert.Equal(GoldenOutputTests.PhantomMeshOutputs.Length, second.Plan.Unchanged.Count);
        FolderSnapshot.Take(options.ResolvedOutputFolder).AssertSameAs(before);
    }
}
