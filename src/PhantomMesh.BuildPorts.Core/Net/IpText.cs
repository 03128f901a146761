using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace PhantomMesh.BuildPorts;

/// <summary>Strict parsing of addresses and CIDR blocks as a spec writes them (IPAddress.TryParse alone accepts "1" or "0x7f.1").</summary>
public static class IpText
{
    internal static bool TryParseAddress(string text, out IPAddress address)
    {
        address = IPAddress.None;
        if (string.IsNullOrEmpty(text) || text.Contains('/', StringComparison.Ordinal) || text.Contains('%', StringComparison.Ordinal))
        {
            return false;
        }

        if (!IPAddress.TryParse(text, out var parsed))
        {
            return false;
        }

        if (parsed.AddressFamily == AddressFamily.InterNetwork && !IsDottedQuad(text))
        {
            return false;
        }

        address = parsed;
        return parsed.AddressFamily is AddressFamily.InterNetwork or AddressFamily.InterNetworkV6;
    }

    internal static bool IsCidr(string text)
    {
        var slash = text.IndexOf('/', StringComparison.Ordinal);
        if (slash <= 0 || !TryParseAddress(text[..slash], out var address))
        {
            return false;
        }

        var maxPrefix = address.AddressFamily == AddressFamily.InterNetwork ? 32 : 128;
        return int.TryParse(text[(slash + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out var prefix)
            && prefix <= maxPrefix;
    }

    /// <summary>True for 0.0.0.0 and ::, which publish a port on every address of the host.</summary>
    internal static bool IsWildcard(IPAddress? address)
        => address is null || address.Equals(IPAddress.Any) || address.Equals(IPAddress.IPv6Any);

    /// <summary>Two listeners on one port clash when either is on every address or both are on the same one.</summary>
    public static bool Overlap(IPAddress? first, IPAddress? second)
        => IsWildcard(first) || IsWildcard(second) || first!.Equals(second);

    private static bool IsDottedQuad(string text)
    {
        var parts = text.Split('.');
        return parts.Length == 4 && parts.All(p =>
            p.Length is >= 1 and <= 3 && p.All(char.IsAsciiDigit) && int.Parse(p, CultureInfo.InvariantCulture) <= 255);
    }
}
