namespace PhantomMesh.BuildPorts.Rendering;

/// <summary>Checks that a template or output name stays inside its folder.</summary>
public static class TemplateNames
{
    /// <summary>
    /// Normalises a relative name to '/' separators and returns null when it is empty, rooted,
    /// or has a '..' segment (which could leave the folder), or characters no file name may hold.
    /// </summary>
    public static string? NormaliseRelative(string? name)
    {
        if (string.IsNullOrWhiteSpace(name) || name.Contains('\0', StringComparison.Ordinal) || name.Any(char.IsControl))
        {
            return null;
        }

        var slashed = name.Replace('\\', '/');
        if (slashed.StartsWith('/') || (slashed.Length >= 2 && slashed[1] == ':') || Path.IsPathRooted(name))
        {
            return null;
        }

        var segments = slashed.Split('/', StringSplitOptions.RemoveEmptyEntries).Where(s => s != ".").ToList();
        return segments.Count == 0 || segments.Any(s => s == "..") ? null : string.Join('/', segments);
    }
}
