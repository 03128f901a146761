namespace PhantomMesh.BuildPorts.Loading;

/// <summary>
/// Which file a spec path really is, so that a spec reached twice (through a symbolic link, or in
/// another letter case where the file system ignores case) is read once and never collides with itself.
/// </summary>
internal static class SpecIdentity
{
    public static StringComparer Comparer { get; } =
        OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal;

    /// <summary>The full path of an include, or null when the text cannot be a path.</summary>
    public static string? Resolve(string includingFile, string include)
    {
        if (include.Any(char.IsControl))
        {
            return null;
        }

        try
        {
            return Path.GetFullPath(Path.Combine(Path.GetDirectoryName(includingFile)!, include));
        }
        catch (Exception exception) when (exception is ArgumentException or NotSupportedException or PathTooLongException)
        {
            return null;
        }
    }

    /// <summary>The path with every symbolic link on the way resolved; the path itself when that fails.</summary>
    public static string Of(string fullPath)
    {
        try
        {
            return Paths.RealPath.Resolve(fullPath, Paths.RealPath.ReadLink) ?? fullPath;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or ArgumentException)
        {
            return fullPath;
        }
    }
}
