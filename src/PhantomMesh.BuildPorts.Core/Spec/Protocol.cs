namespace PhantomMesh.BuildPorts.Spec;

public enum Protocol
{
    Tcp,
    Udp,
    Sctp,
}

public static class ProtocolNames
{
    public static string ToLowerName(this Protocol protocol) => protocol switch
    {
        Protocol.Udp => "udp",
        Protocol.Sctp => "sctp",
        _ => "tcp",
    };

    public static string ToUpperName(this Protocol protocol) => protocol switch
    {
        Protocol.Udp => "UDP",
        Protocol.Sctp => "SCTP",
        _ => "TCP",
    };

    public static bool TryParse(string text, out Protocol protocol)
    {
        switch (text)
        {
            case "tcp": protocol = Protocol.Tcp; return true;
            case "udp": protocol = Protocol.Udp; return true;
            case "sctp": protocol = Protocol.Sctp; return true;
            default: protocol = Protocol.Tcp; return false;
        }
    }
}
