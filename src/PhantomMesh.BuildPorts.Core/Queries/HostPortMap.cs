using PhantomMesh.BuildPorts.Iana;
using PhantomMesh.BuildPorts.Spec;

namespace PhantomMesh.BuildPorts.Queries;

/// <summary>Which host port numbers the given specs use or reserve (on any protocol).</summary>
internal sealed class HostPortMap
{
    private static readonly string[] Protocols = ["tcp", "udp", "sctp"];

    private readonly bool[] _used = new bool[65536];
    private readonly bool[] _reserved = new bool[65536];

    public HostPortMap(IEnumerable<PortSpec> specs)
    {
        var list = specs.ToList();
        foreach (var port in list.SelectMany(s => s.Ports))
        {
            _used[port.HostPort.Value] = true;
        }

        foreach (var reserved in list.SelectMany(s => s.Reserved))
        {
            for (var p = reserved.Range.Value.First; p <= reserved.Range.Value.Last; p++)
            {
                _reserved[p] = true;
            }
        }
    }

    public bool IsUsed(int port) => _used[port];

    public bool IsReserved(int port) => _reserved[port];

    public static bool IsRegistered(IanaRegistry iana, int port) => Protocols.Any(p => iana.IsRegistered(port, p));
}
