using System.Globalization;
using PhantomMesh.BuildPorts.Spec;

namespace PhantomMesh.BuildPorts.Cli.Doctor;

/// <summary>
/// Names the process that holds a port, where /proc tells: the socket's inode from /proc/net/tcp,
/// tcp6, udp or udp6, then the process with a file descriptor on that inode. Linux only; processes
/// of other users need root to be seen. Null when nothing can be told.
/// </summary>
public static class ListeningProcessFinder
{
    private const string TcpListen = "0A";
    private const string UdpBound = "07";

    public static string? Find(int port, Protocol protocol, string procRoot = "/proc")
    {
        if (!OperatingSystem.IsLinux() || protocol == Protocol.Sctp)
        {
            return null;
        }

        var (tables, state) = protocol == Protocol.Tcp ? (new[] { "tcp", "tcp6" }, TcpListen) : (new[] { "udp", "udp6" }, UdpBound);
        var inodes = tables.SelectMany(table => SocketInodes(Path.Combine(procRoot, "net", table), port, state)).ToHashSet();
        return inodes.Count == 0 ? null : ProcessWithSocket(procRoot, inodes);
    }

    private static IEnumerable<string> SocketInodes(string table, int port, string state)
    {
        string[] lines;
        try
        {
            lines = File.ReadAllLines(table);
        }
        catch (IOException)
        {
            yield break;
        }
        catch (UnauthorizedAccessException)
        {
            yield break;
        }

        // "  sl  local_address rem_address   st tx_queue:rx_queue tr:tm->when retrnsmt   uid  timeout inode"
        foreach (var fields in lines.Skip(1).Select(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries)).Where(f => f.Length > 9))
        {
            var local = fields[1];
            var colon = local.LastIndexOf(':');
            if (colon > 0
                && int.TryParse(local[(colon + 1)..], NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var localPort)
                && localPort == port
                && fields[3] == state)
            {
                yield return fields[9];
            }
        }
    }

    private static string? ProcessWithSocket(string procRoot, HashSet<string> inodes)
    {
        var targets = inodes.Select(inode => $"socket:[{inode}]").ToHashSet(StringComparer.Ordinal);
        foreach (var process in SafeDirectories(procRoot).Where(d => Path.GetFileName(d).All(char.IsAsciiDigit)))
        {
            foreach (var descriptor in SafeFiles(Path.Combine(process, "fd")))
            {
                string? target;
                try
                {
                    target = new FileInfo(descriptor).LinkTarget;
                }
                catch (IOException)
                {
                    continue;
                }
                catch (UnauthorizedAccessException)
                {
                    continue;
                }

                if (target is not null && targets.Contains(target))
                {
                    return Describe(process);
                }
            }
        }

        return null;
    }

    private static string Describe(string process)
    {
        var pid = Path.GetFileName(process);
        try
        {
            return $"{File.ReadAllText(Path.Combine(process, "comm")).Trim()} (pid {pid})";
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return $"pid {pid}";
        }
    }

    private static IEnumerable<string> SafeDirectories(string folder)
    {
        try
        {
            return Directory.GetDirectories(folder);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return [];
        }
    }

    private static IEnumerable<string> SafeFiles(string folder)
    {
        try
        {
            return Directory.GetFiles(folder);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return [];
        }
    }
}
