using Xunit;

namespace PhantomMesh.BuildPorts.Testing;

/// <summary>Every file under a folder with its bytes and timestamp, to prove a failed run touched nothing.</summary>
public sealed record FolderSnapshot(IReadOnlyDictionary<string, (string Hash, DateTime Written)> Files)
{
    public static FolderSnapshot Take(string folder)
    {
        var files = new Dictionary<string, (string, DateTime)>(StringComparer.Ordinal);
        if (Directory.Exists(folder))
        {
            foreach (var file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories))
            {
                var hash = Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(file)));
                files[Path.GetRelativePath(folder, file)] = (hash, File.GetLastWriteTimeUtc(file));
            }
        }

        return new FolderSnapshot(files);
    }

    public void AssertSameAs(FolderSnapshot before)
    {
        Assert.Equal(before.Files.Keys.Order(StringComparer.Ordinal), Files.Keys.Order(StringComparer.Ordinal));
        foreach (var (path, state) in before.Files)
        {
            Assert.True(Files[path] == state, $"{path} changed");
        }
    }
}
