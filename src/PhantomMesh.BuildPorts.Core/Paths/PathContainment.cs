namespace PhantomMesh.BuildPorts.Paths;

/// <summary>Whether one full path lies below another, compared the way the platform's file system compares names.</summary>
internal static class PathContainment
{
    /// <summary>Windows and macOS file systems ignore case by default; there two spellings name one file.</summary>
    public static StringComparison PathComparison { get; } =
        OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;

    /// <summary>Whether full path <paramref name="path"/> lies strictly below full path <paramref name="folder"/>.</summary>
    public static bool IsInside(string path, string folder, StringComparison? comparison = null)
    {
        var prefix = Path.EndsInDirectorySeparator(folder) ? folder : folder + Path.DirectorySeparatorChar;
        return path.Length > prefix.Length && path.StartsWith(prefix, comparison ?? PathComparison);
    }
}
