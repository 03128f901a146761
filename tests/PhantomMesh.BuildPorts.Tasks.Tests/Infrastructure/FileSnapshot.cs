namespace PhantomMesh.BuildPorts.Tasks.Tests.Infrastructure;

/// <summary>The bytes and last-write time of every file under a folder, to prove a build left them alone.</summary>
public sealed record FileSnapshot(IReadOnlyDictionary<string, (byte[] Bytes, DateTime WrittenUtc)> Files)
{
    public static FileSnapshot Of(string folder)
    {
        var files = new SortedDictionary<string, (byte[], DateTime)>(StringComparer.Ordinal);
        if (Directory.Exists(folder))
        {
            foreach (var file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories))
            {
                files[Path.GetRelativePath(folder, file)] = (File.ReadAllBytes(file), File.GetLastWriteTimeUtc(file));
            }
        }

        return new FileSnapshot(files);
    }

    /// <summary>Fails unless <paramref name="later"/> has the same files with the same bytes and timestamps.</summary>
    public void AssertUnchanged(FileSnapshot later, params string[] ignore)
    {
        var before = Files.Keys.Except(ignore).ToList();
        var after = later.Files.Keys.Except(ignore).ToList();
        Assert.Equal(before, after);
        foreach (var name in before)
        {
            Assert.True(Files[name].Bytes.AsSpan().SequenceEqual(later.Files[name].Bytes), $"{name} changed content");
            Assert.True(Files[name].WrittenUtc == later.Files[name].WrittenUtc,
                $"{name} was written again: {Files[name].WrittenUtc:O} -> {later.Files[name].WrittenUtc:O}");
        }
    }
}
