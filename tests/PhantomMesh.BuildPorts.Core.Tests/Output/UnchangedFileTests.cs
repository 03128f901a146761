using PhantomMesh.BuildPorts.Output;

namespace PhantomMesh.BuildPorts.Tests.Output;

/// <summary>A file whose bytes would not change is not written: its timestamp stays, so builds and watchers stay quiet.</summary>
public class UnchangedFileTests
{
    private static readonly DateTime LongAgo = new(2001, 2, 3, 4, 5, 6, DateTimeKind.Utc);

    private static readonly GeneratedFile[] Files =
        [new("docker-compose.yml", "services: {}\n"), new("k8s/service.yaml", "kind: Service\n"), new("README.md", "# Ports\n", Owned: false)];

    [Fact]
    public void Writing_the_same_files_again_touches_none_of_them_nor_the_manifest()
    {
        using var temp = new TempOutput();
        Assert.True(OutputWriter.Write(temp.Folder, Files).Succeeded);
        var written = temp.Files();
        foreach (var file in written)
        {
            File.SetLastWriteTimeUtc(temp.PathOf(file), LongAgo);
        }

        var result = OutputWriter.Write(temp.Folder, Files);

        Assert.True(result.Succeeded);
        Assert.False(result.Plan.HasChanges);
        Assert.Equal(["README.md", "docker-compose.yml", "k8s/service.yaml"], result.Plan.Unchanged);
        Assert.All(written, file => Assert.Equal(LongAgo, File.GetLastWriteTimeUtc(temp.PathOf(file))));
    }

    [Fact]
    public void Only_the_changed_file_gets_a_new_timestamp()
    {
        using var temp = new TempOutput();
        Assert.True(OutputWriter.Write(temp.Folder, Files).Succeeded);
        foreach (var file in temp.Files())
        {
            File.SetLastWriteTimeUtc(temp.PathOf(file), LongAgo);
        }

        var result = OutputWriter.Write(temp.Folder, [Files[0], Files[1] with { Content = "kind: Service\nspec: {}\n" }, Files[2]]);

        Assert.Equal(["k8s/service.yaml"], result.Plan.Updated);
        Assert.NotEqual(LongAgo, File.GetLastWriteTimeUtc(temp.PathOf("k8s/service.yaml")));
        Assert.Equal(LongAgo, File.GetLastWriteTimeUtc(temp.PathOf("docker-compose.yml")));
        Assert.Equal(LongAgo, File.GetLastWriteTimeUtc(temp.PathOf(".phantom-gen-manifest")));
    }

    [Fact]
    public void A_difference_in_line_endings_alone_is_a_change()
    {
        using var temp = new TempOutput();
        temp.Write("docker-compose.yml", "services: {}\r\n");

        var plan = OutputWriter.Plan(temp.Folder, [Files[0]]);

        Assert.Equal(["docker-compose.yml"], plan.Updated);
    }
}
