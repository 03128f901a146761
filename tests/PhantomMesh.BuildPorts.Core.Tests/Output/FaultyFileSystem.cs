using PhantomMesh.BuildPorts.Output;

namespace PhantomMesh.BuildPorts.Tests.Output;

/// <summary>The real disk, except for the operations a test makes fail (a full disk, a locked file, ...).</summary>
public sealed class FaultyFileSystem : IOutputFileSystem
{
    private readonly PhysicalFileSystem _disk = PhysicalFileSystem.Instance;

    /// <summary>Given the file a temporary file is written for, the exception to throw after writing half of it.</summary>
    public Func<string, Exception?> FailWriteFor { get; init; } = _ => null;

    /// <summary>Given the target of a rename, the exception to throw instead of renaming.</summary>
    public Func<string, Exception?> FailReplaceOf { get; init; } = _ => null;

    /// <summary>Given a file to read, the exception to throw instead of reading.</summary>
    public Func<string, Exception?> FailReadOf { get; init; } = _ => null;

    /// <summary>Given a file to delete, the exception to throw instead of deleting.</summary>
    public Func<string, Exception?> FailDeleteOf { get; init; } = _ => null;

    public static Exception DiskFull() => new IOException("No space left on device");

    public static bool Is(string path, string relativePath)
        => path.Replace('\\', '/').EndsWith("/" + relativePath, StringComparison.Ordinal);

    public bool FileExists(string path) => _disk.FileExists(path);

    public bool DirectoryExists(string path) => _disk.DirectoryExists(path);

    public byte[] ReadAllBytes(string path) => FailReadOf(path) is { } failure ? throw failure : _disk.ReadAllBytes(path);

    public Stream OpenRead(string path) => FailReadOf(path) is { } failure ? throw failure : _disk.OpenRead(path);

    public string? LinkTarget(string path) => _disk.LinkTarget(path);

    public void CreateDirectory(string path) => _disk.CreateDirectory(path);

    public IEnumerable<string> EnumerateFiles(string path) => _disk.EnumerateFiles(path);

    public void WriteNewFile(string path, byte[] content)
    {
        if (FailWriteFor(TargetOfTempFile(path)) is { } failure)
        {
            _disk.WriteNewFile(path, content[..(content.Length / 2)]);
            throw failure;
        }

        _disk.WriteNewFile(path, content);
    }

    public void Replace(string source, string target)
    {
        if (FailReplaceOf(target) is { } failure)
        {
            throw failure;
        }

        _disk.Replace(source, target);
    }

    public void DeleteFile(string path)
    {
        if (FailDeleteOf(path) is { } failure)
        {
            throw failure;
        }

        _disk.DeleteFile(path);
    }

    public bool DeleteDirectoryIfEmpty(string path) => _disk.DeleteDirectoryIfEmpty(path);

    public IDisposable OpenExclusive(string path, bool deleteOnRelease) => _disk.OpenExclusive(path, deleteOnRelease);

    /// <summary>Temporary files are named '.{name}.{guid}.tmp' beside their target.</summary>
    private static string TargetOfTempFile(string tempPath)
    {
        var name = Path.GetFileName(tempPath);
        var withoutSuffix = name[1..name.LastIndexOf('.', name.Length - ".tmp".Length - 1)];
        return Path.Combine(Path.GetDirectoryName(tempPath)!, withoutSuffix);
    }
}
