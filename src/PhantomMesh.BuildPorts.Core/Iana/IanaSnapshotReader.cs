using System.Globalization;

namespace PhantomMesh.BuildPorts.Iana;

/// <summary>
/// Reads the snapshot text: <c>#</c> comment lines (one of them <c># source: NAME VERSION</c>),
/// then one line per entry: <c>port[-last] TAB protocol TAB service name TAB description</c>.
/// </summary>
internal static class IanaSnapshotReader
{
    private const string SourcePrefix = "# source:";
    private const string UnknownSource = "unknown";

    public static (List<IanaServiceEntry> Entries, string Source) Read(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var entries = new List<IanaServiceEntry>();
        var source = UnknownSource;
        var lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (line.Length == 0)
            {
                continue;
            }

            if (line[0] == '#')
            {
                if (line.StartsWith(SourcePrefix, StringComparison.Ordinal))
                {
                    source = line[SourcePrefix.Length..].Trim();
                }

                continue;
            }

            entries.Add(ParseEntry(line, lineNumber));
        }

        return (entries, source);
    }

    private static IanaServiceEntry ParseEntry(string line, int lineNumber)
    {
        var fields = line.Split('\t');
        if (fields.Length != 4)
        {
            throw Malformed(lineNumber, $"expected 4 tab-separated fields, found {fields.Length}");
        }

        var (first, last) = ParsePorts(fields[0], lineNumber);
        var slot = IanaProtocols.IndexOf(fields[1]);
        if (slot < 0)
        {
            throw Malformed(lineNumber, $"unknown protocol '{fields[1]}'");
        }

        if (fields[2].Length == 0)
        {
            throw Malformed(lineNumber, "empty service name");
        }

        return new IanaServiceEntry(fields[2], first, last, IanaProtocols.All[slot], fields[3]);
    }

    private static (int First, int Last) ParsePorts(string text, int lineNumber)
    {
        var dash = text.IndexOf('-', StringComparison.Ordinal);
        var firstText = dash < 0 ? text : text[..dash];
        var lastText = dash < 0 ? text : text[(dash + 1)..];
        if (!TryParsePort(firstText, out var first) || !TryParsePort(lastText, out var last) || first > last)
        {
            throw Malformed(lineNumber, $"bad port or port range '{text}'");
        }

        return (first, last);
    }

    private static bool TryParsePort(string text, out int port) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out port) && port <= IanaRegistry.MaxPort;

    private static FormatException Malformed(int lineNumber, string problem) =>
        new($"IANA snapshot line {lineNumber}: {problem}.");
}
