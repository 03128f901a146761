using System.Globalization;
using System.Text;

namespace PhantomMesh.BuildPorts.Iana;

/// <summary>
/// Reads the snapshot's UTF-8 text: <c>#</c> comment lines (one of them <c># source: NAME VERSION</c>), then one line
/// per entry: <c>port[-last] TAB protocol TAB service name TAB description</c>. Every line is checked, but only ports
/// and protocol are parsed, straight from the bytes: the registry is read on every run and a run looks up a handful
/// of ports, so the names stay in the text until asked for.
/// </summary>
internal static class IanaSnapshotReader
{
    private static ReadOnlySpan<byte> SourcePrefix => "# source:"u8;
    private const string UnknownSource = "unknown";
    private const int FieldCount = 4;

    public static (List<IanaSnapshotLine> Lines, string Source) Read(ReadOnlySpan<byte> text)
    {
        var lines = new List<IanaSnapshotLine>(capacity: text.Count((byte)'\n') + 1);
        var source = UnknownSource;
        var lineNumber = 0;
        var start = 0;
        while (start < text.Length)
        {
            var end = text[start..].IndexOf((byte)'\n');
            var next = end < 0 ? text.Length : start + end + 1;
            var length = end < 0 ? text.Length - start : end;
            if (length > 0 && text[start + length - 1] == '\r')
            {
                length--;
            }

            lineNumber++;
            var line = text.Slice(start, length);
            if (line.StartsWith(SourcePrefix))
            {
                source = Encoding.UTF8.GetString(line[SourcePrefix.Length..]).Trim();
            }
            else if (line.Length > 0 && line[0] != '#')
            {
                lines.Add(ParseLine(line, start, lineNumber, lines.Count));
            }

            start = next;
        }

        return (lines, source);
    }

    /// <summary>The service name and description of <paramref name="line"/>, which <see cref="Read"/> found in <paramref name="text"/>.</summary>
    public static IanaServiceEntry Entry(ReadOnlySpan<byte> text, IanaSnapshotLine line)
    {
        var fields = text.Slice(line.Start, line.Length);
        var afterPorts = fields[(fields.IndexOf((byte)'\t') + 1)..];
        var afterProtocol = afterPorts[(afterPorts.IndexOf((byte)'\t') + 1)..];
        var nameLength = afterProtocol.IndexOf((byte)'\t');
        return new IanaServiceEntry(
            Encoding.UTF8.GetString(afterProtocol[..nameLength]),
            line.FirstPort,
            line.LastPort,
            IanaProtocols.All[line.ProtocolSlot],
            Encoding.UTF8.GetString(afterProtocol[(nameLength + 1)..]));
    }

    private static IanaSnapshotLine ParseLine(ReadOnlySpan<byte> line, int start, int lineNumber, int ordinal)
    {
        var tabs = line.Count((byte)'\t');
        if (tabs != FieldCount - 1)
        {
            throw Malformed(lineNumber, $"expected 4 tab-separated fields, found {tabs + 1}");
        }

        var portsLength = line.IndexOf((byte)'\t');
        var afterPorts = line[(portsLength + 1)..];
        var protocolLength = afterPorts.IndexOf((byte)'\t');
        var protocol = afterPorts[..protocolLength];
        var afterProtocol = afterPorts[(protocolLength + 1)..];
        var (first, last) = ParsePorts(line[..portsLength], lineNumber);
        var slot = IanaProtocols.IndexOf(protocol);
        if (slot < 0)
        {
            throw Malformed(lineNumber, $"unknown protocol '{Encoding.UTF8.GetString(protocol)}'");
        }

        if (afterProtocol[0] == '\t')
        {
            throw Malformed(lineNumber, "empty service name");
        }

        return new IanaSnapshotLine(first, last, slot, start, line.Length, ordinal);
    }

    private static (int First, int Last) ParsePorts(ReadOnlySpan<byte> text, int lineNumber)
    {
        var dash = text.IndexOf((byte)'-');
        var firstText = dash < 0 ? text : text[..dash];
        var lastText = dash < 0 ? text : text[(dash + 1)..];
        if (!TryParsePort(firstText, out var first) || !TryParsePort(lastText, out var last) || first > last)
        {
            throw Malformed(lineNumber, $"bad port or port range '{Encoding.UTF8.GetString(text)}'");
        }

        return (first, last);
    }

    private static bool TryParsePort(ReadOnlySpan<byte> text, out int port) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out port) && port <= IanaRegistry.MaxPort;

    private static FormatException Malformed(int lineNumber, string problem) =>
        new($"IANA snapshot line {lineNumber}: {problem}.");
}
