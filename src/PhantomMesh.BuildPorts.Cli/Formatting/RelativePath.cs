namespace PhantomMesh.BuildPorts.Cli.Formatting;

/// <summary>Paths as the user will recognise them: relative to a folder when they lie inside it.</summary>
internal static class RelativePath
{
    /// <summary><paramref name="path"/> relative to <paramref name="folder"/>, or null when it lies outside it.</summary>
    public static string? Inside(string folder, string path)
    {
        var relative = Path.GetRelativePath(folder, path);
        return relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? null : relative;
    }
}
