namespace PhantomMesh.BuildPorts.Paths;

/// <summary>Follows symbolic links the way the operating system does, to find where a path really leads.</summary>
internal static class RealPath
{
    /// <summary>Linux gives up after 40 links; a longer chain is a loop.</summary>
    private const int MaxLinks = 40;

    private static readonly char[] Separators = [Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar];

    /// <summary>The target stored in the symbolic link (or junction) at <paramref name="path"/> on the real disk; null when it is no link.</summary>
    public static string? ReadLink(string path) => new FileInfo(path).LinkTarget;

    /// <summary>
    /// The path with every link resolved (parts that do not exist yet are kept as written), or null when the links loop.
    /// Each link is resolved against the real folder holding it, so '..' in a link's target climbs from where the link really is.
    /// <paramref name="linkTarget"/> reads the target stored in a link, null for a path that is no link.
    /// </summary>
    public static string? Resolve(string fullPath, Func<string, string?> linkTarget)
    {
        var resolved = Path.GetPathRoot(fullPath)!;
        var pending = new Stack<string>();
        Push(pending, fullPath[resolved.Length..]);
        var links = 0;
        while (pending.TryPop(out var segment))
        {
            if (segment == ".")
            {
                continue;
            }

            if (segment == "..")
            {
                resolved = Path.GetDirectoryName(resolved) ?? resolved;
                continue;
            }

            var next = Path.Combine(resolved, segment);
            var target = TryReadLink(next, linkTarget);
            if (target is null)
            {
                resolved = next;
                continue;
            }

            if (++links > MaxLinks)
            {
                return null;
            }

            if (Path.IsPathRooted(target))
            {
                resolved = Path.GetPathRoot(target)!;
                target = target[resolved.Length..];
            }

            Push(pending, target);
        }

        return resolved;
    }

    private static void Push(Stack<string> pending, string relative)
    {
        var segments = relative.Split(Separators, StringSplitOptions.RemoveEmptyEntries);
        for (var i = segments.Length - 1; i >= 0; i--)
        {
            pending.Push(segments[i]);
        }
    }

    private static string? TryReadLink(string path, Func<string, string?> linkTarget)
    {
        try
        {
            return linkTarget(path);
        }
        catch (Exception exception) when (IoFailure.IsExpected(exception))
        {
            // A folder we may not look into cannot be written through either; the write reports that.
            return null;
        }
    }
}
