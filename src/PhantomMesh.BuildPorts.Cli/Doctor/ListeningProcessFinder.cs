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
        // "  sl  local_address rem_address   st tx_queue:rx_queue tr:tm->when retrnsmt   uid  timeout inode"
        foreach (var fields in OrNone(() => File.ReadAllLines(table)).Skip(1).Select(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries)).Where(f => f.Length > 9))
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
        var holder = OrNone(() => Directory.GetDirectories(procRoot))
            .Where(process => Path.GetFileName(process).All(char.IsAsciiDigit))
            .FirstOrDefault(process => OrNone(() => Directory.GetFiles(Path.Combine(process, "fd")))
                .Any(descriptor => OrNone(() => new FileInfo(descriptor).LinkTarget) is { } target && targets.Contains(target)));
        return holder is null ? null : Describe(holder);
    }

    private static string Describe(string process)
    {
        var pid = Path.GetFileName(process);
        return OrNone(() => File.ReadAllText(Path.Combine(process, "comm")).Trim()) is { } name ? $"{name} (pid {pid})" : $"pid {pid}";
    }

    /// <summary>What /proc gives, or nothing when the entry vanished or belongs to another user.</summary>
    private static T[] OrNone<T>(Func<T[]> read) => OrNone<T[]>(read) ?? [];

    private static T? OrNone<T>(Func<T?> read)
        where T : class
    {
        try
        {
            return read();
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
