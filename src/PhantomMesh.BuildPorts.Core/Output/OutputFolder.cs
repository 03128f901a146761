namespace PhantomMesh.BuildPorts.Output;

/// <summary>The folder generated files go to, and the check that a relative path really stays inside it.</summary>
internal sealed class OutputFolder
{
    public const string ManifestName = ".phantom-gen-manifest";
    public const string LockName = ".phantom-gen.lock";

    private readonly IOutputFileSystem _fileSystem;
    private readonly Lazy<string?> _realPath;

    public OutputFolder(string path, IOutputFileSystem fileSystem)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        FullPath = Path.TrimEndingDirectorySeparator(Path.GetFullPath(path));
        _fileSystem = fileSystem;
        _realPath = new(() => RealPath.Resolve(FullPath, fileSystem));
    }

    /// <summary>Windows and macOS file systems ignore case by default; there two spellings name one file.</summary>
    public static StringComparison PathComparison { get; } =
        OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;

    public string FullPath { get; }

    public IOutputFileSystem FileSystem => _fileSystem;

    public string ManifestPath => FullPathOf(ManifestName);

    public string LockPath => FullPathOf(LockName);

    public static bool IsReservedName(string relativePath)
        => string.Equals(relativePath, ManifestName, PathComparison) || string.Equals(relativePath, LockName, PathComparison);

    public string FullPathOf(string relativePath) => Path.Combine(FullPath, relativePath.Replace('/', Path.DirectorySeparatorChar));

    /// <summary>
    /// Normalises <paramref name="relativePath"/> and returns its full path, or null with the reason it would land
    /// outside this folder: a bad spelling, or an existing symbolic link on the way that leads out.
    /// </summary>
    public string? Resolve(string relativePath, out string normalised, out string problem)
    {
        normalised = RelativeOutputPath.Normalise(relativePath, out problem) ?? string.Empty;
        if (normalised.Length == 0)
        {
            return null;
        }

        var fullPath = Path.GetFullPath(FullPathOf(normalised));
        if (!IsInside(fullPath, FullPath))
        {
            problem = $"Output path '{RelativeOutputPath.Display(relativePath)}' resolves to '{fullPath}', outside the output folder '{FullPath}'.";
            return null;
        }

        var realPath = RealPath.Resolve(fullPath, _fileSystem);
        if (realPath is null || _realPath.Value is not { } realFolder)
        {
            problem = $"Output path '{RelativeOutputPath.Display(relativePath)}' passes through a loop of symbolic links.";
            return null;
        }

        if (!IsInside(realPath, realFolder))
        {
            problem = $"Output path '{RelativeOutputPath.Display(relativePath)}' passes through a symbolic link that leads to '{realPath}', outside the output folder '{FullPath}'.";
            return null;
        }

        return fullPath;
    }

    /// <summary>Whether full path <paramref name="path"/> lies strictly below full path <paramref name="folder"/>.</summary>
    internal static bool IsInside(string path, string folder, StringComparison? comparison = null)
    {
        var prefix = Path.EndsInDirectorySeparator(folder) ? folder : folder + Path.DirectorySeparatorChar;
        return path.Length > prefix.Length && path.StartsWith(prefix, comparison ?? PathComparison);
    }
}
