using System.Net;
using System.Net.Sockets;

namespace PhantomMesh.BuildPorts.Docker.Tests.Infrastructure;

/// <summary>
/// Host ports for the test stacks: free on every address for TCP and UDP when taken, never handed
/// out twice in one test run, from a block no well-known service uses.
/// </summary>
public static class FreeHostPorts
{
    private const int First = 24600;
    private const int Last = 24699;

    private static readonly HashSet<int> HandedOut = [];
    private static readonly Lock Gate = new();

    public static IReadOnlyList<int> Take(int count)
    {
        lock (Gate)
        {
            var start = Random.Shared.Next(First, Last + 1);
            var taken = Enumerable.Range(0, Last - First + 1)
                .Select(offset => First + ((start - First + offset) % (Last - First + 1)))
                .Where(port => !HandedOut.Contains(port) && IsFree(port))
                .Take(count)
                .ToList();
            if (taken.Count < count)
            {
                throw new InvalidOperationException($"Fewer than {count} free ports are left in {First}-{Last}.");
            }

            HandedOut.UnionWith(taken);
            return taken;
        }
    }

    private static bool IsFree(int port) =>
        CanBind(SocketType.Stream, ProtocolType.Tcp, port) && CanBind(SocketType.Dgram, ProtocolType.Udp, port);

    private static bool CanBind(SocketType type, ProtocolType protocol, int port)
    {
        using var socket = new Socket(AddressFamily.InterNetwork, type, protocol);
        try
        {
            socket.Bind(new IPEndPoint(IPAddress.Any, port));
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }
}
