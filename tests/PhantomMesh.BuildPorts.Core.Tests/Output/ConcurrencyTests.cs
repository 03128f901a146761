using PhantomMesh.BuildPorts.Output;

namespace PhantomMesh.BuildPorts.Tests.Output;

/// <summary>Several generators may write one folder at once; each file read is always one complete version.</summary>
public class ConcurrencyTests
{
    private const int Writers = 8;

    [SkippableFact]
    public void Concurrent_writers_all_succeed_and_readers_only_ever_see_complete_versions()
    {
        // Windows refuses to rename over a file a reader has open; there the writer reports PM3008 instead.
        Skip.If(OperatingSystem.IsWindows(), "Replacing a file that is open for reading fails on Windows.");
        using var temp = new TempOutput();
        var versions = Enumerable.Range(0, Writers).Select(Version).ToArray();
        var complete = versions.Select(v => v[0].Content).ToHashSet(StringComparer.Ordinal);
        using var stop = new CancellationTokenSource();
        var torn = 0;
        var reader = Task.Run(() =>
        {
            while (!stop.IsCancellationRequested)
            {
                if (File.Exists(temp.PathOf("compose.yml")) && !complete.Contains(File.ReadAllText(temp.PathOf("compose.yml"))))
                {
                    Interlocked.Increment(ref torn);
                }
            }
        });

        var results = new WriteResult[Writers];
        Parallel.For(0, Writers * 4, new ParallelOptions { MaxDegreeOfParallelism = Writers },
            i => results[i % Writers] = OutputWriter.Write(temp.Folder, versions[i % Writers]));
        stop.Cancel();
        reader.Wait();

        Assert.All(results, result => Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics)));
        Assert.Equal(0, torn);
        Assert.Contains(temp.Read("compose.yml"), complete);
        Assert.Empty(temp.TempFiles());
        Assert.Contains(temp.Files(), file => file.StartsWith("only-", StringComparison.Ordinal));
        Assert.Single(temp.Files(), file => file.StartsWith("only-", StringComparison.Ordinal));
    }

    [Fact]
    public void Writer_waits_for_the_lock_a_bounded_time_then_reports_PM3008_and_writes_nothing()
    {
        using var temp = new TempOutput();
        Directory.CreateDirectory(temp.Folder);
        using (new FileStream(temp.PathOf(".phantom-gen.lock"), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None))
        {
            var result = OutputWriter.Write(temp.Folder, [new("a.yml", "a")], fileSystem: null, TimeSpan.FromMilliseconds(200));

            var diagnostic = Assert.Single(result.Diagnostics);
            Assert.Equal("PM3008", diagnostic.Code);
            Assert.Contains(".phantom-gen.lock", diagnostic.Message, StringComparison.Ordinal);
            Assert.False(temp.Exists("a.yml"));
        }

        Assert.True(OutputWriter.Write(temp.Folder, [new("a.yml", "a")]).Succeeded);
    }

    [Fact]
    public void Writer_goes_ahead_once_the_other_generator_lets_go()
    {
        using var temp = new TempOutput();
        Directory.CreateDirectory(temp.Folder);
        var held = new FileStream(temp.PathOf(".phantom-gen.lock"), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        using var release = Task.Delay(150).ContinueWith(_ => held.Dispose(), TaskScheduler.Default);

        var result = OutputWriter.Write(temp.Folder, [new("a.yml", "a")]);

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Equal("a", temp.Read("a.yml"));
    }

    [Fact]
    public void Existing_output_that_vanishes_before_it_is_read_is_simply_created()
    {
        using var temp = new TempOutput();
        temp.Write("a.yml", "old");
        var disk = new FaultyFileSystem
        {
            FailReadOf = path => FaultyFileSystem.Is(path, "a.yml") ? new FileNotFoundException("Another writer renamed it", path) : null,
        };

        var result = OutputWriter.Write(temp.Folder, [new("a.yml", "new")], disk);

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Equal(["a.yml"], result.Plan.Created);
        Assert.Equal("new", temp.Read("a.yml"));
    }

    [Fact]
    public void Stale_output_that_another_writer_deleted_first_is_no_error()
    {
        using var temp = new TempOutput();
        OutputWriter.Write(temp.Folder, [new("k8s/old.yaml", "o"), new("a.yml", "a")]);
        var disk = new FaultyFileSystem
        {
            FailDeleteOf = path => FaultyFileSystem.Is(path, "k8s/old.yaml") ? new DirectoryNotFoundException("Another writer removed the folder") : null,
        };

        var result = OutputWriter.Write(temp.Folder, [new("a.yml", "a")], disk);

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.DoesNotContain("old.yaml", temp.Read(".phantom-gen-manifest"), StringComparison.Ordinal);
    }

    /// <summary>One generator's output: a large shared file (so a torn read would show) and a file only it writes.</summary>
    private static GeneratedFile[] Version(int n)
        => [new("compose.yml", string.Concat(Enumerable.Repeat($"# version {n}\n", 20_000))), new($"only-{n}.yml", $"{n}\n")];
}
