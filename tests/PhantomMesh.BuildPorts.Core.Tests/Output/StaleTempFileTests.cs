using PhantomMesh.BuildPorts.Output;
using PhantomMesh.BuildPorts.Output.Commit;

namespace PhantomMesh.BuildPorts.Tests.Output;

/// <summary>
/// A generator killed while writing leaves its temporary files behind; the next writer, holding the lock, deletes
/// exactly those (names of the writer's own form '.{name}.{32 hex digits}.tmp') and nothing else.
/// </summary>
public class StaleTempFileTests
{
    private const string Guid32 = "0123456789abcdef0123456789abcdef";

    [Fact]
    public void Next_write_deletes_temporary_files_of_the_writers_own_form_and_nothing_else()
    {
        using var temp = new TempOutput();
        Assert.True(OutputWriter.Write(temp.Folder, [new("a.yml", "a\n"), new("k8s/b.yaml", "b\n")]).Succeeded);
        string[] stale =
        [
            $".a.yml.{Guid32}.tmp",
            $"k8s/.b.yaml.{Guid32}.tmp",
            $"gone/deeper/.x.yml.{Guid32}.tmp", // a folder the killed run made for a file no longer generated
            $"..phantom-gen-manifest.{Guid32}.tmp",
            $".{new string('n', 64)}.{Guid32}.tmp",
        ];
        string[] users =
        [
            "notes.tmp",                                  // merely ends in .tmp
            ".notes.tmp",                                 // no GUID
            $"a.yml.{Guid32}.tmp",                        // no leading dot
            $".a.yml.{Guid32[..31]}.tmp",                 // 31 hex digits
            $".a.yml.{Guid32.ToUpperInvariant()}.tmp",    // the writer's GUIDs are lowercase
            $".a.yml.{Guid32[..31]}g.tmp",                // not hex
            $".a.yml.{Guid32}.tmp.bak",                   // something after .tmp
            $".a.yml.{Guid32}.TMP",
            $".{new string('n', 65)}.{Guid32}.tmp",        // longer than the writer ever makes
            $"k8s/.{Guid32}.tmp",                         // no name before the GUID
        ];
        foreach (var path in stale.Concat(users))
        {
            temp.Write(path, "x");
        }

        var outside = temp.WriteOutside($".a.yml.{Guid32}.tmp", "beside the folder");

        var result = OutputWriter.Write(temp.Folder, [new("a.yml", "a2\n"), new("k8s/b.yaml", "b\n")]);

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.All(stale, path => Assert.False(temp.Exists(path), path));
        Assert.All(users, path => Assert.Equal("x", temp.Read(path)));
        Assert.Equal("beside the folder", File.ReadAllText(outside));
        Assert.Equal("a2\n", temp.Read("a.yml"));
    }

    [Fact]
    public void Nothing_is_swept_while_another_generator_holds_the_lock()
    {
        using var temp = new TempOutput();
        Directory.CreateDirectory(temp.Folder);
        var inFlight = temp.Write($".a.yml.{Guid32}.tmp", "another writer's half-written file");
        using (new FileStream(temp.PathOf(".phantom-gen.lock"), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None))
        {
            var result = OutputWriter.Write(temp.Folder, [new("a.yml", "a")], fileSystem: null, TimeSpan.FromMilliseconds(200));

            Assert.Equal("PM3008", Assert.Single(result.Diagnostics).Code);
            Assert.True(File.Exists(inFlight));
        }

        Assert.True(OutputWriter.Write(temp.Folder, [new("a.yml", "a")]).Succeeded);
        Assert.Empty(temp.TempFiles());
    }

    [Fact]
    public void Clean_sweeps_them_too_so_the_folders_it_empties_can_go()
    {
        using var temp = new TempOutput();
        Assert.True(OutputWriter.Write(temp.Folder, [new("k8s/b.yaml", "b\n")]).Succeeded);
        temp.Write($"k8s/.b.yaml.{Guid32}.tmp", "x");

        var result = OutputWriter.Clean(temp.Folder);

        Assert.Empty(result.Diagnostics);
        Assert.False(Directory.Exists(temp.PathOf("k8s")));
    }

    [SkippableFact]
    public void Links_inside_the_folder_are_not_followed()
    {
        using var temp = new TempOutput();
        var elsewhere = Path.Combine(temp.Root, "elsewhere");
        Directory.CreateDirectory(elsewhere);
        var target = Path.Combine(elsewhere, $".a.yml.{Guid32}.tmp");
        File.WriteAllText(target, "not in the output folder");
        Directory.CreateDirectory(temp.Folder);
        try
        {
            Directory.CreateSymbolicLink(temp.PathOf("link"), elsewhere);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new SkipException("Cannot create symbolic links here: " + exception.Message);
        }

        Assert.True(OutputWriter.Write(temp.Folder, [new("a.yml", "a")]).Succeeded);

        Assert.True(File.Exists(target));
    }

    [Theory]
    [InlineData("a.yml")]
    [InlineData("docker-compose.override.yml")]
    [InlineData("a-file-name-far-longer-than-sixty-four-characters-so-the-writer-cuts-it-short.yml")]
    [InlineData(".env")]
    public void Every_temporary_name_the_writer_gives_is_recognised(string target)
        => Assert.True(StaleTempFiles.IsTempName(Path.GetFileName(StagedFiles.TempPathFor(Path.Combine("/out", target)))));
}
