using System.Text;

namespace PhantomMesh.BuildPorts.Output;

/// <summary>
/// Checks the spelling of a relative output path and brings it to one form ('a/./b' and 'a//b' become 'a/b').
/// The rules are the same on every platform, so output that generates on Linux also generates on Windows.
/// </summary>
internal static class RelativeOutputPath
{
    private const string WindowsForbidden = "<>:\"|?*\\";

    private static readonly HashSet<string> WindowsDeviceNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "CON", "PRN", "AUX", "NUL",
        "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7", "COM8", "COM9",
        "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9",
    };

    /// <summary>Returns the normalised path, or null with <paramref name="problem"/> saying what is wrong.</summary>
    public static string? Normalise(string path, out string problem)
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

        var segments = new List<string>();
        foreach (var segment in path.Split('/'))
        {
            if (segment.Length == 0 || segment == ".")
            {
                continue;
            }

            if (segment == "..")
            {
                if (segments.Count == 0)
                {
                    problem = $"Output path '{Display(path)}' climbs out of the output folder with '..'.";
                    return null;
                }

                segments.RemoveAt(segments.Count - 1);
                continue;
            }

            if (NameProblem(segment) is { } nameProblem)
            {
                problem = $"Output path '{Display(path)}' {nameProblem}";
                return null;
            }

            segments.Add(segment);
        }

        if (segments.Count == 0 || path.Split('/')[^1] is "" or "." or "..")
        {
            problem = $"Output path '{Display(path)}' names a folder, not a file.";
            return null;
        }

        return string.Join('/', segments);
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
