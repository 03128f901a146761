using System.Text;

namespace PhantomMesh.BuildPorts.Iana;

/// <summary>The transport protocols the snapshot keeps, in the order their indexes use.</summary>
internal static class IanaProtocols
{
    public static readonly string[] All = ["tcp", "udp", "sctp"];

    /// <summary>The slot of <paramref name="protocol"/> (case-insensitive) in <see cref="All"/>, or -1.</summary>
    public static int IndexOf(ReadOnlySpan<char> protocol)
    {
        for (var i = 0; i < All.Length; i++)
        {
            if (protocol.Equals(All[i], StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>The slot of the UTF-8 <paramref name="protocol"/> (ASCII case-insensitive) in <see cref="All"/>, or -1.</summary>
    public static int IndexOf(ReadOnlySpan<byte> protocol)
    {
        for (var i = 0; i < All.Length; i++)
        {
            if (Ascii.EqualsIgnoreCase(protocol, All[i]))
            {
                return i;
            }
        }

        return -1;
    }
}
