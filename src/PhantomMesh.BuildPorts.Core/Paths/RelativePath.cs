using System.Text;

namespace PhantomMesh.BuildPorts.Paths;

/// <summary>
/// The one rule set for relative paths inside a folder: brings a path to one form ('a/./b' and 'a//b' become
/// 'a/b') and refuses one that is empty, rooted or climbs out with '..'.
/// </summary>
/// <remarks>
/// Two entry points, because the two kinds of path differ in one respect. An output path names a file the tool
/// creates, so it must also be a valid file name on Windows (no '\\', no reserved device names, no trailing '.'),
/// or a spec that generates on Linux would fail on Windows. A template name only looks up a template that
/// already exists in the loaded set, so those file-name rules would refuse nothing dangerous there.
/// </remarks>
internal static class RelativePath
{
    private const string WindowsForbidden = "<>:\"|?*\\";

    private static readonly HashSet<string> WindowsDeviceNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "CON", "PRN", "AUX", "NUL",
        "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7", "COM8", "COM9",
        "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9",
    };

    /// <summary>
    /// Normalises a template name given to <c>include</c>, with '\\' read as '/'; null when it is empty, rooted,
    /// climbs out of the templates folder, or holds a control character.
    /// </summary>
    public static string? NormaliseTemplateName(string? name)
    {
        if (string.IsNullOrWhiteSpace(name) || name.Any(char.IsControl))
        {
            return null;
        }

        var slashed = name.Replace('\\', '/');
        if (IsAbsolute(slashed))
        {
            return null;
        }

        return Segments(slashed) is { Count: > 0 } segments ? string.Join('/', segments) : null;
    }

    /// <summary>Normalises an output path; returns null with <paramref name="problem"/> saying what is wrong.</summary>
    public static string? NormaliseOutput(string path, out string problem)
    {
        problem = string.Empty;
        if (string.IsNullOrEmpty(path))
        {
            problem = "The output path is empty.";
            return null;
        }

        if (IsAbsolute(path))
        {
            problem = $"Output path '{Display(path)}' is absolute; output paths are relative to the output folder.";
            return null;
        }

        if (FirstForbiddenCharacter(path) is { } bad)
        {
            problem = bad == '\\'
                ? $"Output path '{Display(path)}' contains '\\'; separate folders with '/'."
                : $"Output path '{Display(path)}' contains {Describe(bad)}, which file systems do not accept in names.";
            return null;
        }

        var named = path.Split('/').Where(segment => segment is not ("" or "." or ".."));
        if (named.Select(NameProblem).FirstOrDefault(p => p is not null) is { } nameProblem)
        {
            problem = $"Output path '{Display(path)}' {nameProblem}";
            return null;
        }

        if (Segments(path) is not { } segments)
        {
            problem = $"Output path '{Display(path)}' climbs out of the output folder with '..'.";
            return null;
        }

        if (segments.Count == 0 || path.Split('/')[^1] is "" or "." or "..")
        {
            problem = $"Output path '{Display(path)}' names a folder, not a file.";
            return null;
        }

        return string.Join('/', segments);
    }

    /// <summary>The segments left after '.' and empty segments are dropped and '..' is applied; null when '..' climbs out.</summary>
    private static List<string>? Segments(string slashedPath)
    {
        var segments = new List<string>();
        foreach (var segment in slashedPath.Split('/'))
        {
            if (segment.Length == 0 || segment == ".")
            {
                continue;
            }

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

        return segments;
    }

    /// <summary>The path as it can be shown in a message: control characters are spelled out.</summary>
    public static string Display(string path)
    {
        var text = new StringBuilder(path.Length);
        foreach (var c in path)
        {
            text.Append(char.IsControl(c) ? $"\\u{(int)c:X4}" : c.ToString());
        }

        return text.ToString();
    }

    private static bool IsAbsolute(string path)
        => path[0] is '/' or '\\'
            || (path.Length >= 2 && char.IsAsciiLetter(path[0]) && path[1] == ':');

    private static char? FirstForbiddenCharacter(string path)
    {
        foreach (var c in path)
        {
            if (char.IsControl(c) || WindowsForbidden.Contains(c, StringComparison.Ordinal))
            {
                return c;
            }
        }

        return null;
    }

    private static string? NameProblem(string segment)
    {
        if (segment.EndsWith('.') || segment.EndsWith(' '))
        {
            return $"has the name '{segment}', which ends in '.' or a space; Windows drops those.";
        }

        var stem = segment.Split('.')[0].TrimEnd(' ');
        return WindowsDeviceNames.Contains(stem)
            ? $"has the name '{segment}'; Windows reserves '{stem}' for a device."
            : null;
    }

    private static string Describe(char c) => char.IsControl(c) ? $"the control character U+{(int)c:X4}" : $"'{c}'";
}
