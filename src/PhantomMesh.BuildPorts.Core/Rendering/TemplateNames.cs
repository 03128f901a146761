namespace PhantomMesh.BuildPorts.Rendering;

/// <summary>Checks that a template or output name stays inside its folder.</summary>
public static class TemplateNames
{
    /// <summary>
    /// Normalises a relative name to '/' separators, resolving '.' and '..' segments, and returns
    /// null when it is empty, rooted, climbs out of its folder, or holds characters no file name may hold.
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

        var segments = new List<string>();
        foreach (var segment in slashed.Split('/', StringSplitOptions.RemoveEmptyEntries).Where(s => s != "."))
        {
            if (segment != "..")
            {
                segments.Add(segment);
            }
            else if (segments.Count == 0)
            {
                return null;
            }
            else
            {
                segments.RemoveAt(segments.Count - 1);
            }
        }

        return segments.Count == 0 ? null : string.Join('/', segments);
    }
}
