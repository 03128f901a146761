using PhantomMesh.BuildPorts.Output;

namespace PhantomMesh.BuildPorts.Tests.Output;

/// <summary>Clean removes what generation wrote, and only that.</summary>
public class CleanTests
{
    [Fact]
    public void Clean_deletes_the_listed_files_the_folders_they_leave_empty_and_the_manifest()
    {
        using var temp = new TempOutput();
        OutputWriter.Write(temp.Folder, [new("k8s/service.yaml", "s"), new("compose.yml", "c"), new("README.md", "r", Owned: false)]);
        temp.Write("notes.txt", "mine");

        var result = OutputWriter.Clean(temp.Folder);

        Assert.True(result.Succeeded);
        Assert.Equal(["compose.yml", "k8s/service.yaml"], result.Deleted);
        Assert.Equal(["README.md", "notes.txt"], temp.Files());
        Assert.False(Directory.Exists(temp.PathOf("k8s")));
        Assert.True(Directory.Exists(temp.Folder));
    }

    [Fact]
    public void Clean_without_a_manifest_deletes_nothing_and_creates_nothing()
    {
        using var temp = new TempOutput();

        Assert.Empty(OutputWriter.Clean(temp.Folder).Deleted);
        Assert.False(Directory.Exists(temp.Folder));

        temp.Write("compose.yml", "looks generated");
        Assert.Empty(OutputWriter.Clean(temp.Folder).Deleted);
        Assert.Equal(["compose.yml"], temp.Files());
    }

    [Fact]
    public void File_that_cannot_be_deleted_stays_listed_for_the_next_clean()
    {
        using var temp = new TempOutput();
        OutputWriter.Write(temp.Folder, [new("a.yml", "a"), new("b.yml", "b")]);
        var disk = new FaultyFileSystem { FailDeleteOf = path => FaultyFileSystem.Is(path, "b.yml") ? new UnauthorizedAccessException("Access denied") : null };

        var result = OutputWriter.Clean(temp.Folder, disk);

        Assert.Equal("PM3008", Assert.Single(result.Diagnostics).Code);
        Assert.Equal(["a.yml"], result.Deleted);
        Assert.EndsWith("\nb.yml\n", temp.Read(".phantom-gen-manifest"), StringComparison.Ordinal);
        Assert.Equal(["b.yml"], OutputWriter.Clean(temp.Folder).Deleted);
        Assert.Empty(temp.Files());
    }
}
