using PhantomMesh.BuildPorts.Paths;

namespace PhantomMesh.BuildPorts.Output;

/// <summary>The real disk.</summary>
internal sealed class PhysicalFileSystem : IOutputFileSystem
{
    public static PhysicalFileSystem Instance { get; } = new();

    public bool FileExists(string path) => File.Exists(path);

    public bool DirectoryExists(string path) => Directory.Exists(path);

    public byte[] ReadAllBytes(string path) => File.ReadAllBytes(path);

    // Read in large chunks by the caller, so the stream's own buffer would only add a copy.
    public Stream OpenRead(string path)
        => new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);

    public string? LinkTarget(string path) => RealPath.ReadLink(path);

    public void CreateDirectory(string path) => Directory.CreateDirectory(path);

    public IEnumerable<string> EnumerateFiles(string path)
        => Directory.EnumerateFiles(path, "*", new EnumerationOptions
        {
            RecurseSubdirectories = true,
            AttributesToSkip = FileAttributes.ReparsePoint, // links are not followed, and hidden files are included
            IgnoreInaccessible = true,
            MatchType = MatchType.Simple,
        });

    public void WriteNewFile(string path, byte[] content)
    {
        using var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None);
        stream.Write(content);
        stream.Flush(flushToDisk: true);
    }

    public void Replace(string source, string target)
    {
        if (!OperatingSystem.IsWindows() && File.Exists(target))
        {
            // A user who made a generated script executable expects it to stay executable after regeneration.
            File.SetUnixFileMode(source, File.GetUnixFileMode(target));
        }

        File.Move(source, target, overwrite: true);
    }

    public void DeleteFile(string path) => File.Delete(path);

    public bool DeleteDirectoryIfEmpty(string path)
    {
        if (Directory.EnumerateFileSystemEntries(path).Any())
        {
            return false;
        }

        Directory.Delete(path, recursive: false);
        return true;
    }

    public IDisposable OpenExclusive(string path, bool deleteOnRelease)
        => new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, bufferSize: 1,
            deleteOnRelease ? FileOptions.DeleteOnClose : FileOptions.None);
}
