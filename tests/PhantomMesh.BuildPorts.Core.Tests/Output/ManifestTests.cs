using PhantomMesh.BuildPorts.Output;

namespace PhantomMesh.BuildPorts.Tests.Output;

/// <summary>The manifest records what the writer owns; only those files are ever deleted.</summary>
public class ManifestTests
{
    private const string Header =
        "# phantom-gen manifest: files generated in this folder, replaced or deleted by the next generation. Do not edit.\n";

    [Fact]
    public void Manifest_lists_the_owned_files_sorted_one_a_line_after_a_comment()
    {
        using var temp = new TempOutput();

        OutputWriter.Write(temp.Folder,
        [
            new("k8s/service.yaml", "s"),
            new("docker-compose.yml", "c"),
            new("README.md", "hand-written with a generated table", Owned: false),
            new("Dockerfile", "d"),
        ]);

        Assert.Equal(Header + "Dockerfile\ndocker-compose.yml\nk8s/service.yaml\n", File.ReadAllText(temp.PathOf(".phantom-gen-manifest")));
    }

    [Fact]
    public void Owned_file_no_longer_generated_is_deleted_with_the_folders_it_leaves_empty()
    {
        using var temp = new TempOutput();
        OutputWriter.Write(temp.Folder, [new("compose.yml", "c"), new("k8s/base/service.yaml", "s"), new("k8s/kustomization.yaml", "k")]);

        var result = OutputWriter.Write(temp.Folder, [new("compose.yml", "c"), new("k8s/kustomization.yaml", "k")]);

        Assert.Equal(["k8s/base/service.yaml"], result.Plan.Deleted);
        Assert.False(Directory.Exists(temp.PathOf("k8s/base")));
        Assert.True(temp.Exists("k8s/kustomization.yaml"));
        Assert.DoesNotContain("service.yaml", temp.Read(".phantom-gen-manifest"), StringComparison.Ordinal);
    }

    [Fact]
    public void Output_folder_stays_when_every_file_in_it_is_gone()
    {
        using var temp = new TempOutput();
        OutputWriter.Write(temp.Folder, [new("k8s/service.yaml", "s")]);

        OutputWriter.Write(temp.Folder, []);

        Assert.False(Directory.Exists(temp.PathOf("k8s")));
        Assert.True(Directory.Exists(temp.Folder));
    }

    [Fact]
    public void Files_the_writer_did_not_write_are_never_deleted_even_if_they_look_generated()
    {
        using var temp = new TempOutput();
        OutputWriter.Write(temp.Folder, [new("k8s/service.yaml", "s"), new("README.md", "r", Owned: false)]);
        temp.Write("k8s/old-service.yaml", "copied by hand from an earlier generation");
        Directory.CreateDirectory(temp.PathOf("k8s/overlays"));

        OutputWriter.Write(temp.Folder, []);

        Assert.True(temp.Exists("k8s/old-service.yaml"));
        Assert.True(temp.Exists("README.md"));
        Assert.True(Directory.Exists(temp.PathOf("k8s/overlays")), "An empty folder the user made is not one deletions emptied.");
        Assert.False(temp.Exists("k8s/service.yaml"));
    }

    [Fact]
    public void File_that_turns_hand_written_leaves_the_manifest_and_is_not_deleted_later()
    {
        using var temp = new TempOutput();
        OutputWriter.Write(temp.Folder, [new("README.md", "generated")]);

        OutputWriter.Write(temp.Folder, [new("README.md", "generated, then edited by hand", Owned: false)]);
        OutputWriter.Write(temp.Folder, []);

        Assert.Equal("generated, then edited by hand", temp.Read("README.md"));
    }

    [Fact]
    public void Hostile_manifest_lines_never_make_the_writer_delete_outside_the_folder()
    {
        using var temp = new TempOutput();
        var victim = temp.WriteOutside("victim.txt", "keep me");
        var nested = temp.WriteOutside("sub/victim.txt", "keep me too");
        temp.Write(".phantom-gen-manifest", string.Join('\n', "# edited", "../victim.txt", victim, "k8s/../../sub/victim.txt",
            "..\\victim.txt", "./../victim.txt", "C:\\victim.txt", ""));

        var result = OutputWriter.Write(temp.Folder, [new("a.yml", "a")]);
        var cleaned = OutputWriter.Clean(temp.Folder);

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Empty(result.Plan.Deleted);
        Assert.Equal(["a.yml"], cleaned.Deleted);
        Assert.Equal("keep me", File.ReadAllText(victim));
        Assert.Equal("keep me too", File.ReadAllText(nested));
    }

    [SkippableFact]
    public void Manifest_line_through_a_link_that_leads_outside_deletes_nothing()
    {
        using var temp = new TempOutput();
        var victim = temp.WriteOutside("elsewhere/victim.yml", "keep me");
        Directory.CreateDirectory(temp.Folder);
        OutputPathTests.Link(temp.PathOf("linked"), Path.GetDirectoryName(victim)!);
        temp.Write(".phantom-gen-manifest", "linked/victim.yml\n");

        OutputWriter.Write(temp.Folder, []);
        OutputWriter.Clean(temp.Folder);

        Assert.Equal("keep me", File.ReadAllText(victim));
    }
}
