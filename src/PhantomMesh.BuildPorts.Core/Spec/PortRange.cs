using System.Globalization;

namespace PhantomMesh.BuildPorts.Spec;

/// <summary>An inclusive range of port numbers, written "FIRST-LAST" in the spec.</summary>
public readonly record struct PortRange(int First, int Last)
{
    public int Count => Last - First + 1;

    public bool Contains(int port) => port >= First && port <= Last;

    public bool Contains(PortRange other) => Contains(other.First) && Contains(other.Last);

    public bool Overlaps(PortRange other) => First <= other.Last && other.First <= Last;

    internal static PortRange Single(int port) => new(port, port);

    /// <summary>Parses "FIRST-LAST"; FIRST must not exceed LAST. Bounds are checked by the validator.</summary>
    public static bool TryParse(string text, out PortRange range)
    {
        range = default;
        var dash = text.IndexOf('-', StringComparison.Ordinal);
        if (dash <= 0 || dash == text.Length - 1)
        {
            return false;
        }

        if (!TryParseNumber(text[..dash], out var first) || !TryParseNumber(text[(dash + 1)..], out var last) || first > last)
        {
            return false;
        }

        range = new PortRange(first, last);
        return true;
    }

    public override string ToString() => First == Last
        ? First.ToString(CultureInfo.InvariantCulture)
        : string.Create(CultureInfo.InvariantCulture, $"{First}-{Last}");

    private static bool TryParseNumber(string text, out int value)
        => int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value);
}
