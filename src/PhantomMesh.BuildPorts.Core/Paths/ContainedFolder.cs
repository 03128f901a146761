namespace PhantomMesh.BuildPorts.Paths;

/// <summary>
/// A folder and the check that a relative path really stays inside it: spelled right (<see cref="RelativePath"/>)
/// and, once every symbolic link on the way is followed (<see cref="RealPath"/>), still inside the folder's real path.
/// Whatever reads or writes below the output folder goes through this check first.
/// </summary>
internal sealed class ContainedFolder
{
    private readonly Func<string, string?> _linkTarget;
    private readonly Lazy<string?> _realPath;

    /// <param name="path">The folder; made a full path.</param>
    /// <param name="linkTarget">Reads the target stored in a symbolic link; null for a path that is no link.</param>
    public ContainedFolder(string path, Func<string, string?> linkTarget)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        FullPath = Path.TrimEndingDirectorySeparator(Path.GetFullPath(path));
        _linkTarget = linkTarget;
        _realPath = new(() => RealPath.Resolve(FullPath, linkTarget));
    }

    public string FullPath { get; }

    public string FullPathOf(string relativePath) => Path.Combine(FullPath, relativePath.Replace('/', Path.DirectorySeparatorChar));

    /// <summary>
    /// Normalises <paramref name="relativePath"/> and returns its full path, or null with the reason it would land
    /// outside this folder: a bad spelling, or an existing symbolic link on the way that leads out.
    /// </summary>
    public string? Resolve(string relativePath, out string normalised, out string problem)
    {
        normalised = RelativePath.NormaliseOutput(relativePath, out problem) ?? string.Empty;
        if (normalised.Length == 0)
        {
            return null;
        }

        var fullPath = Path.GetFullPath(FullPathOf(normalised));
        if (!PathContainment.IsInside(fullPath, FullPath))
        {
            problem = $"Output path '{RelativePath.Display(relativePath)}' resolves to '{fullPath}', outside the output folder '{FullPath}'.";
            return null;
        }

        var realPath = RealPath.Resolve(fullPath, _linkTarget);
        if (realPath is null || _realPath.Value is not { } realFolder)
        {
            problem = $"Output path '{RelativePath.Display(relativePath)}' passes through a loop of symbolic links.";
            return null;
        }

        if (!PathContainment.IsInside(realPath, realFolder))
        {
            problem = $"Output path '{RelativePath.Display(relativePath)}' passes through a symbolic link that leads to '{realPath}', outside the output folder '{FullPath}'.";
            return null;
        }

        return fullPath;
    }
}
