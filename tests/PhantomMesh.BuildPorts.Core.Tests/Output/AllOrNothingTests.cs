using PhantomMesh.BuildPorts.Output;

namespace PhantomMesh.BuildPorts.Tests.Output;

/// <summary>
/// A write that fails leaves the folder as it was (or, where the disk refuses even that, each file in one complete
/// version, named in the diagnostic); never an exception.
/// </summary>
public class AllOrNothingTests
{
    private static readonly GeneratedFile[] Previous = [new("a.yml", "a1\n"), new("b.yml", "b1\n"), new("stale.yml", "s1\n")];

    private static readonly GeneratedFile[] Next = [new("a.yml", "a2\n"), new("b.yml", "b2\n"), new("k8s/c.yaml", "c2\n")];

    public static TheoryData<Exception> WriteFailures => new() { FaultyFileSystem.DiskFull(), new UnauthorizedAccessException("Access denied") };

    [Theory]
    [MemberData(nameof(WriteFailures))]
    public void Failed_temporary_write_changes_nothing_and_names_the_file_and_the_reason(Exception failure)
    {
        using var temp = new TempOutput();
        Assert.True(OutputWriter.Write(temp.Folder, Previous).Succeeded);
        var before = temp.Snapshot();
        var disk = new FaultyFileSystem { FailWriteFor = path => FaultyFileSystem.Is(path, "k8s/c.yaml") ? failure : null };

        var result = OutputWriter.Write(temp.Folder, Next, disk);

        Assert.False(result.Succeeded);
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("PM3008", diagnostic.Code);
        Assert.Contains("k8s/c.yaml", diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains(failure.Message, diagnostic.Message, StringComparison.Ordinal);
        Assert.Equal(before, temp.Snapshot());
        Assert.False(Directory.Exists(temp.PathOf("k8s")), "The folder made for the failed file is taken away again.");
    }

    [Fact]
    public void Rename_failing_midway_puts_back_the_files_already_replaced_and_says_which()
    {
        using var temp = new TempOutput();
        Assert.True(OutputWriter.Write(temp.Folder, Previous).Succeeded);
        var before = temp.Snapshot();
        var disk = new FaultyFileSystem { FailReplaceOf = path => FaultyFileSystem.Is(path, "b.yml") ? new IOException("The file is locked") : null };

        var result = OutputWriter.Write(temp.Folder, [new("k8s/new.yaml", "n2\n"), .. Next], disk);

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("PM3008", diagnostic.Code);
        Assert.Contains("'b.yml'", diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains("The file is locked", diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains("put back (k8s/new.yaml, a.yml); no output was changed.", diagnostic.Message, StringComparison.Ordinal);
        Assert.Equal(before, temp.Snapshot());
        Assert.False(Directory.Exists(temp.PathOf("k8s")), "The folder made for the new file is taken away again.");

        var retry = OutputWriter.Write(temp.Folder, Next);

        Assert.True(retry.Succeeded, string.Join("\n", retry.Diagnostics));
        Assert.Equal(["a.yml", "b.yml", "k8s/c.yaml"], temp.Files().Where(f => !f.StartsWith('.')));
    }

    [Fact]
    public void File_that_cannot_be_put_back_keeps_its_new_version_and_is_named()
    {
        using var temp = new TempOutput();
        Assert.True(OutputWriter.Write(temp.Folder, Previous).Succeeded);
        var renamesOfA = 0;
        var disk = new FaultyFileSystem
        {
            // b.yml cannot be replaced; a.yml is replaced, but putting its old version back fails too.
            FailReplaceOf = path => FaultyFileSystem.Is(path, "b.yml") || (FaultyFileSystem.Is(path, "a.yml") && ++renamesOfA == 2)
                ? new IOException("The file is locked")
                : null,
        };

        var result = OutputWriter.Write(temp.Folder, Next, disk);

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("PM3008", diagnostic.Code);
        Assert.Contains("except a.yml, which could not be put back", diagnostic.Message, StringComparison.Ordinal);
        Assert.Equal("a2\n", temp.Read("a.yml"));
        Assert.Equal("b1\n", temp.Read("b.yml"));
        Assert.Empty(temp.TempFiles());
        Assert.True(OutputWriter.Write(temp.Folder, Next).Succeeded);
        Assert.Equal("b2\n", temp.Read("b.yml"));
    }

    [Fact]
    public void Stale_file_that_cannot_be_deleted_is_reported_and_deleted_by_a_later_run()
    {
        using var temp = new TempOutput();
        Assert.True(OutputWriter.Write(temp.Folder, Previous).Succeeded);
        var disk = new FaultyFileSystem { FailDeleteOf = path => FaultyFileSystem.Is(path, "stale.yml") ? new IOException("Device or resource busy") : null };

        var result = OutputWriter.Write(temp.Folder, Next, disk);

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("PM3008", diagnostic.Code);
        Assert.Contains("'stale.yml'", diagnostic.Message, StringComparison.Ordinal);
        Assert.Equal("b2\n", temp.Read("b.yml"));
        Assert.True(temp.Exists("stale.yml"));

        Assert.True(OutputWriter.Write(temp.Folder, Next).Succeeded);
        Assert.False(temp.Exists("stale.yml"));
    }

    [Fact]
    public void Manifest_that_cannot_be_written_is_reported_after_the_files_are_in_place()
    {
        // No new file, so the manifest changes only at the end (stale.yml leaves it).
        using var temp = new TempOutput();
        Assert.True(OutputWriter.Write(temp.Folder, Previous).Succeeded);
        var disk = new FaultyFileSystem { FailReplaceOf = path => FaultyFileSystem.Is(path, ".phantom-gen-manifest") ? FaultyFileSystem.DiskFull() : null };

        var result = OutputWriter.Write(temp.Folder, [new("a.yml", "a2\n"), new("b.yml", "b2\n")], disk);

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("PM3008", diagnostic.Code);
        Assert.Contains(".phantom-gen-manifest", diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains("files themselves are complete", diagnostic.Message, StringComparison.Ordinal);
        Assert.Equal("a2\n", temp.Read("a.yml"));
        Assert.False(temp.Exists("stale.yml"));
        Assert.Empty(temp.TempFiles());
    }

    [Fact]
    public void New_files_are_listed_in_the_manifest_before_they_appear_and_nothing_changes_when_that_fails()
    {
        using var temp = new TempOutput();
        Assert.True(OutputWriter.Write(temp.Folder, Previous).Succeeded);
        var before = temp.Snapshot();
        var disk = new FaultyFileSystem { FailReplaceOf = path => FaultyFileSystem.Is(path, ".phantom-gen-manifest") ? FaultyFileSystem.DiskFull() : null };

        var result = OutputWriter.Write(temp.Folder, Next, disk);

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("PM3008", diagnostic.Code);
        Assert.Contains(".phantom-gen-manifest", diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains("No output was changed.", diagnostic.Message, StringComparison.Ordinal);
        Assert.Equal(before, temp.Snapshot());
        Assert.False(Directory.Exists(temp.PathOf("k8s")), "The folder made for the new file is taken away again.");
    }

    [Fact]
    public void Generator_stopped_after_a_new_file_appeared_leaves_it_owned_so_the_next_run_deletes_it()
    {
        // A generator killed between renaming a new file into place and writing the final manifest must not
        // leave a file that no later run knows it owns: the manifest names new files before they appear.
        using var temp = new TempOutput();
        Assert.True(OutputWriter.Write(temp.Folder, Previous).Succeeded);
        var manifestWrites = 0;
        var disk = new FaultyFileSystem
        {
            // The final manifest (the second write) never lands, as if the process had died just before it.
            FailReplaceOf = path => FaultyFileSystem.Is(path, ".phantom-gen-manifest") && ++manifestWrites == 2 ? new IOException("Killed") : null,
        };
        var stopped = OutputWriter.Write(temp.Folder, [new("k8s/new.yaml", "n2\n"), new("a.yml", "a1\n"), new("b.yml", "b1\n")], disk);
        Assert.Equal(2, manifestWrites);
        Assert.Equal("PM3008", Assert.Single(stopped.Diagnostics).Code);
        Assert.True(temp.Exists("k8s/new.yaml"));

        Assert.True(OutputWriter.Write(temp.Folder, Previous).Succeeded);

        Assert.Equal(["a.yml", "b.yml", "stale.yml"], temp.Files().Where(f => !f.StartsWith('.')));
    }

    [Fact]
    public void Folder_in_the_place_of_an_output_is_reported_and_nothing_is_written()
    {
        using var temp = new TempOutput();
        Directory.CreateDirectory(temp.PathOf("b.yml"));

        var result = OutputWriter.Write(temp.Folder, Next);

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("PM3008", diagnostic.Code);
        Assert.Contains("'b.yml'", diagnostic.Message, StringComparison.Ordinal);
        Assert.Empty(temp.Files());
    }

    [Fact]
    public void Output_folder_that_cannot_be_created_is_a_diagnostic_not_an_exception()
    {
        using var temp = new TempOutput();
        var blocker = temp.WriteOutside("not-a-folder", "x");

        var result = OutputWriter.Write(Path.Combine(blocker, "out"), Next);

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("PM3008", diagnostic.Code);
        Assert.Contains("output folder", diagnostic.Message, StringComparison.Ordinal);
        Assert.Equal("x", File.ReadAllText(blocker));
    }
}
