using PhantomMesh.BuildPorts.Output;

namespace PhantomMesh.BuildPorts.Tests.Output;

/// <summary>What a successful write leaves on disk, and that a dry run leaves nothing.</summary>
public class WritingTests
{
    [Fact]
    public void Creates_the_output_folder_and_sub_folders_and_writes_utf8_without_bom_exactly_as_given()
    {
        using var temp = new TempOutput();

        var result = OutputWriter.Write(temp.Folder, [new("k8s/base/service.yaml", "name: café\n"), new("raw.txt", "a\r\nb")]);

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Equal([0x6E, 0x61, 0x6D, 0x65, 0x3A, 0x20, 0x63, 0x61, 0x66, 0xC3, 0xA9, 0x0A], File.ReadAllBytes(temp.PathOf("k8s/base/service.yaml")));
        Assert.Equal("a\r\nb"u8.ToArray(), File.ReadAllBytes(temp.PathOf("raw.txt")));
        Assert.Empty(temp.TempFiles());
    }

    [Fact]
    public void Plan_classifies_every_file_and_writes_nothing()
    {
        using var temp = new TempOutput();
        Assert.True(OutputWriter.Write(temp.Folder, [new("same.yml", "s"), new("changed.yml", "old"), new("gone.yml", "g")]).Succeeded);
        var before = temp.Snapshot();

        var plan = OutputWriter.Plan(temp.Folder, [new("z-new.yml", "n"), new("changed.yml", "new"), new("same.yml", "s"), new("a-new/x.yml", "n")]);

        Assert.Equal(["a-new/x.yml", "z-new.yml"], plan.Created);
        Assert.Equal(["changed.yml"], plan.Updated);
        Assert.Equal(["same.yml"], plan.Unchanged);
        Assert.Equal(["gone.yml"], plan.Deleted);
        Assert.True(plan.HasChanges);
        Assert.Equal(before, temp.Snapshot());
        Assert.False(Directory.Exists(temp.PathOf("a-new")));
    }

    [Fact]
    public void Plan_of_a_folder_that_does_not_exist_creates_nothing()
    {
        using var temp = new TempOutput();

        var plan = OutputWriter.Plan(temp.Folder, [new("a.yml", "a")]);

        Assert.Equal(["a.yml"], plan.Created);
        Assert.False(Directory.Exists(temp.Folder));
    }

    [SkippableFact]
    public void Replacing_a_file_keeps_the_permissions_its_user_gave_it()
    {
        if (OperatingSystem.IsWindows())
        {
            throw new SkipException("Windows files have no Unix mode.");
        }

        using var temp = new TempOutput();
        Assert.True(OutputWriter.Write(temp.Folder, [new("entrypoint.sh", "#!/bin/sh\n")]).Succeeded);
        const UnixFileMode executable = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute
            | UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute;
        File.SetUnixFileMode(temp.PathOf("entrypoint.sh"), executable);

        Assert.True(OutputWriter.Write(temp.Folder, [new("entrypoint.sh", "#!/bin/sh\nexec app\n")]).Succeeded);

        Assert.Equal(executable, File.GetUnixFileMode(temp.PathOf("entrypoint.sh")));
    }
}
