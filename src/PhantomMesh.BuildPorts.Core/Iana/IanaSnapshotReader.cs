using System.Globalization;

namespace PhantomMesh.BuildPorts.Iana;

/// <summary>
/// Reads the snapshot text: <c>#</c> comment lines (one of them <c># source: NAME VERSION</c>),
/// then one line per entry: <c>port[-last] TAB protocol TAB service name TAB description</c>.
/// Every line is checked, but only ports and protocol are parsed: the registry is read on every
/// run and a run looks up a handful of ports, so the names stay in the text until asked for.
/// </summary>
internal static class IanaSnapshotReader
{
    private const string SourcePrefix = "# source:";
    private const string UnknownSource = "unknown";
    private const int FieldCount = 4;

    public static (List<IanaSnapshotLine> Lines, string Source) Read(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lines = new List<IanaSnapshotLine>(capacity: text.Length / 40);
        var source = UnknownSource;
        var lineNumber = 0;
        var start = 0;
        while (start < text.Length)
        {
            var end = text.IndexOf('\n', start);
            var next = end < 0 ? text.Length : end + 1;
            var length = (end < 0 ? text.Length : end) - start;
            if (length > 0 && text[start + length - 1] == '\r')
            {
                length--;
            }

            lineNumber++;
            var line = text.AsSpan(start, length);
            if (line.StartsWith(SourcePrefix, StringComparison.Ordinal))
            {
                source = line[SourcePrefix.Length..].Trim().ToString();
            }
            else if (line.Length > 0 && line[0] != '#')
            {
                lines.Add(ParseLine(line, start, lineNumber));
            }

            start = next;
        }

        return (lines, source);
    }

    /// <summary>The service name and description of <paramref name="line"/>, which <see cref="Read"/> found in <paramref name="text"/>.</summary>
    public static IanaServiceEntry Entry(string text, IanaSnapshotLine line)
    {
        var fields = text.AsSpan(line.Start, line.Length);
        var afterPorts = fields[(fields.IndexOf('\t') + 1)..];
        var afterProtocol = afterPorts[(afterPorts.IndexOf('\t') + 1)..];
        var nameLength = afterProtocol.IndexOf('\t');
        return new IanaServiceEntry(
            afterProtocol[..nameLength].ToString(),
            line.FirstPort,
            line.LastPort,
            IanaProtocols.All[line.ProtocolSlot],
            afterProtocol[(nameLength + 1)..].ToString());
    }

    private static IanaSnapshotLine ParseLine(ReadOnlySpan<char> line, int start, int lineNumber)
    {
        Span<Range> fields = stackalloc Range[FieldCount + 1];
        var count = line.Split(fields, '\t');
        if (count != FieldCount)
        {
            throw Malformed(lineNumber, $"expected 4 tab-separated fields, found {line.Count('\t') + 1}");
        }

        var (first, last) = ParsePorts(line[fields[0]], lineNumber);
        var slot = IanaProtocols.IndexOf(line[fields[1]]);
        if (slot < 0)
        {
            throw Malformed(lineNumber, $"unknown protocol '{line[fields[1]]}'");
        }

        if (line[fields[2]].IsEmpty)
        {
            throw Malformed(lineNumber, "empty service name");
        }

        return new IanaSnapshotLine(first, last, slot, start, line.Length);
    }

    private static (int First, int Last) ParsePorts(ReadOnlySpan<char> text, int lineNumber)
    {
        var dash = text.IndexOf('-');
        var firstText = dash < 0 ? text : text[..dash];
        var lastText = dash < 0 ? text : text[(dash + 1)..];
        if (!TryParsePort(firstText, out var first) || !TryParsePort(lastText, out var last) || first > last)
        {
            throw Malformed(lineNumber, $"bad port or port range '{text}'");
        }

        return (first, last);
    }

    private static bool TryParsePort(ReadOnlySpan<char> text, out int port) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out port) && port <= IanaRegistry.MaxPort;

    private static FormatException Malformed(int lineNumber, string problem) =>
        new($"IANA snapshot line {lineNumber}: {problem}.");
}
