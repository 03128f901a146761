using System.Net;
using System.Net.NetworkInformation;
using System.Net.Sockets;
using PhantomMesh.BuildPorts.Spec;

namespace PhantomMesh.BuildPorts.Cli.Doctor;

/// <summary>
/// Tells whether a host port is free on this machine: first from the sockets the OS lists as
/// listening (what netstat and ss show, read without them), then by binding the port for a moment.
/// </summary>
public sealed class PortProbe
{
    private readonly IPEndPoint[] _tcpListeners;
    private readonly IPEndPoint[] _udpListeners;

    public PortProbe()
    {
        var properties = IPGlobalProperties.GetIPGlobalProperties();
        _tcpListeners = SafeList(properties.GetActiveTcpListeners);
        _udpListeners = SafeList(properties.GetActiveUdpListeners);
    }

    public PortStatus Check(int port, Protocol protocol, IPAddress? hostIp)
    {
        if (protocol == Protocol.Sctp)
        {
            return new PortStatus(PortState.NotChecked, "SCTP ports cannot be probed from here");
        }

        var listeners = protocol == Protocol.Tcp ? _tcpListeners : _udpListeners;
        var listener = listeners.FirstOrDefault(l => l.Port == port && Overlaps(l.Address, hostIp));
        if (listener is not null)
        {
            return new PortStatus(PortState.Taken, $"a socket listens on {listener}");
        }

        return TryBind(port, protocol, hostIp ?? IPAddress.Any);
    }

    private static PortStatus TryBind(int port, Protocol protocol, IPAddress address)
    {
        var isTcp = protocol == Protocol.Tcp;
        try
        {
            using var socket = new Socket(address.AddressFamily, isTcp ? SocketType.Stream : SocketType.Dgram, isTcp ? ProtocolType.Tcp : ProtocolType.Udp);
            socket.ExclusiveAddressUse = false;
            socket.Bind(new IPEndPoint(address, port));
            if (isTcp)
            {
                socket.Listen(1);
            }

            return new PortStatus(PortState.Free, $"bound {address}:{port} and released it");
        }
        catch (SocketException exception) when (exception.SocketErrorCode == SocketError.AddressAlreadyInUse)
        {
            return new PortStatus(PortState.Taken, $"binding {address}:{port} failed: the address is in use");
        }
        catch (SocketException exception)
        {
            var reason = exception.SocketErrorCode switch
            {
                SocketError.AccessDenied => "binding needs privileges (ports below 1024 need root or CAP_NET_BIND_SERVICE)",
                SocketError.AddressNotAvailable => $"this host has no address {address}",
                _ => exception.Message,
            };
            return new PortStatus(PortState.CannotBind, reason);
        }
    }

    /// <summary>A listener on a wildcard address, or a port published on one, clashes with every address.</summary>
    private static bool Overlaps(IPAddress listening, IPAddress? wanted)
    {
        var normalised = listening.IsIPv4MappedToIPv6 ? listening.MapToIPv4() : listening;
        return IpText.Overlap(normalised, wanted);
    }

    private static IPEndPoint[] SafeList(Func<IPEndPoint[]> list)
    {
        try
        {
            return list();
        }
        catch (Exception exception) when (exception is NetworkInformationException or PlatformNotSupportedException or IOException or UnauthorizedAccessException)
        {
            return []; // the bind attempt still finds ports in use
        }
    }
}
