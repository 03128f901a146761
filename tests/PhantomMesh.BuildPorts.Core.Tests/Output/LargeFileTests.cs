using PhantomMesh.BuildPorts.Output;

namespace PhantomMesh.BuildPorts.Tests.Output;

/// <summary>
/// Outputs larger than the chunks the writer compares them in (a 100,000-port compose file is megabytes): equal
/// files stay untouched, a difference anywhere is found, and a failed write puts every replaced file back byte
/// for byte. Each existing output is read once per write.
/// </summary>
public class LargeFileTests
{
    private static readonly DateTime LongAgo = new(2001, 2, 3, 4, 5, 6, DateTimeKind.Utc);

    /// <summary>About 300 KB of multi-byte text, with a four-byte character across the 64 KiB mark.</summary>
    private static readonly string Large = string.Concat(new string('p', 65_534), "😀", string.Concat(Enumerable.Repeat("port: 24510 # é ✓\n", 12_000)));

    /// <summary>The same length in bytes as <see cref="Large"/>, differing only in its last line.</summary>
    private static readonly string LargeChangedAtTheEnd = Large[..^2] + "x\n";

    [Fact]
    public void A_large_file_that_did_not_change_is_not_written()
    {
        using var temp = new TempOutput();
        Assert.True(OutputWriter.Write(temp.Folder, [new("compose.yml", Large)]).Succeeded);
        File.SetLastWriteTimeUtc(temp.PathOf("compose.yml"), LongAgo);

        var result = OutputWriter.Write(temp.Folder, [new("compose.yml", Large)]);

        Assert.Equal(["compose.yml"], result.Plan.Unchanged);
        Assert.Equal(LongAgo, File.GetLastWriteTimeUtc(temp.PathOf("compose.yml")));
    }

    [Theory]
    [InlineData("at the end, same length")]
    [InlineData("at the start, same length")]
    [InlineData("one byte longer")]
    public void A_large_file_that_differs_anywhere_is_replaced(string difference)
    {
        using var temp = new TempOutput();
        Assert.True(OutputWriter.Write(temp.Folder, [new("compose.yml", Large)]).Succeeded);
        var next = difference switch
        {
            "at the end, same length" => LargeChangedAtTheEnd,
            "at the start, same length" => "q" + Large[1..],
            _ => Large + "\n",
        };

        var result = OutputWriter.Write(temp.Folder, [new("compose.yml", next)]);

        Assert.Equal(["compose.yml"], result.Plan.Updated);
        Assert.Equal(next, temp.Read("compose.yml"));
    }

    [Fact]
    public void A_file_too_large_to_hold_in_memory_in_the_place_of_an_output_is_replaced()
    {
        using var temp = new TempOutput();
        Directory.CreateDirectory(temp.Folder);
        using (var huge = File.Create(temp.PathOf("compose.yml")))
        {
            huge.SetLength((long)Array.MaxLength + 1); // sparse: no disk space, and no read of it is needed
        }

        var result = OutputWriter.Write(temp.Folder, [new("compose.yml", "services: {}\n")]);

        Assert.True(result.Succeeded);
        Assert.Equal(["compose.yml"], result.Plan.Updated);
        Assert.Equal("services: {}\n", temp.Read("compose.yml"));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void A_failed_rename_puts_back_a_large_file_byte_for_byte(bool sameLength)
    {
        using var temp = new TempOutput();
        Assert.True(OutputWriter.Write(temp.Folder, [new("a.yml", Large), new("b.yml", "b1\n")]).Succeeded);
        var before = File.ReadAllBytes(temp.PathOf("a.yml"));
        var disk = new FaultyFileSystem { FailReplaceOf = path => FaultyFileSystem.Is(path, "b.yml") ? new IOException("The file is locked") : null };

        var result = OutputWriter.Write(temp.Folder, [new("a.yml", sameLength ? LargeChangedAtTheEnd : Large + "more\n"), new("b.yml", "b2\n")], disk);

        Assert.False(result.Succeeded);
        Assert.Contains("put back (a.yml); no output was changed.", Assert.Single(result.Diagnostics).Message, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllBytes(temp.PathOf("a.yml")));
        Assert.Equal("b1\n", temp.Read("b.yml"));
    }

    [Fact]
    public void Each_existing_output_is_read_once_per_write()
    {
        using var temp = new TempOutput();
        Assert.True(OutputWriter.Write(temp.Folder, [new("same.yml", Large), new("changed.yml", Large), new("gone.yml", "g\n")]).Succeeded);
        var reads = new List<string>();
        var disk = new FaultyFileSystem
        {
            FailReadOf = path =>
            {
                if (File.Exists(path))
                {
                    reads.Add(Path.GetFileName(path));
                }

                return null;
            },
        };

        var result = OutputWriter.Write(temp.Folder, [new("same.yml", Large), new("changed.yml", LargeChangedAtTheEnd), new("new.yml", "n\n")], disk);

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Equal(["changed.yml", "same.yml"], reads.Where(name => name.EndsWith(".yml", StringComparison.Ordinal)).Order(StringComparer.Ordinal));
    }
}
