namespace PhantomMesh.BuildPorts.Rendering.Regions;

/// <summary>
/// Replaces the lines between a <c>&lt;phantom-gen:NAME&gt;</c> line and its
/// <c>&lt;/phantom-gen:NAME&gt;</c> line, keeping every other byte of the file. The marker lines
/// may carry any comment syntax around them (<c># </c>, <c>&lt;!-- --&gt;</c>, <c>// </c>).
/// </summary>
internal static class RegionSplicer
{
    public static string OpenMarker(string region) => $"<phantom-gen:{region}>";

    public static string CloseMarker(string region) => $"</phantom-gen:{region}>";

    /// <summary>Returns the new text, or null with <paramref name="error"/> and the 1-based line it concerns.</summary>
    public static string? Splice(string text, string region, string content, out string? error, out int errorLine)
    {
        error = null;
        errorLine = 1;
        var open = OpenMarker(region);
        var close = CloseMarker(region);
        var lines = SplitKeepingEndings(text);
        var opens = Indexes(lines, open);
        var closes = Indexes(lines, close);

        if (opens.Count != 1 || closes.Count != 1)
        {
            var found = opens.Count == 0 ? closes : opens;
            errorLine = found.Count > 1 ? found[1] + 1 : (found.Count == 1 ? found[0] + 1 : 1);
            error = opens.Count == 0 && closes.Count == 0
                ? $"no '{open}' marker line was found"
                : $"expected one '{open}' line and one '{close}' line, found {opens.Count} and {closes.Count}";
            return null;
        }

        if (closes[0] < opens[0])
        {
            errorLine = closes[0] + 1;
            error = $"'{close}' comes before '{open}'";
            return null;
        }

        var body = content.Length == 0 || content.EndsWith('\n') ? content : content + "\n";
        if (!lines[opens[0]].EndsWith('\n'))
        {
            body = "\n" + body;
        }

        return string.Concat(lines.Take(opens[0] + 1)) + body + string.Concat(lines.Skip(closes[0]));
    }

    private static List<int> Indexes(List<string> lines, string marker)
        => lines.Select((line, index) => (line, index)).Where(l => l.line.Contains(marker, StringComparison.Ordinal)).Select(l => l.index).ToList();

    private static List<string> SplitKeepingEndings(string text)
    {
        var lines = new List<string>();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                lines.Add(text[start..(i + 1)]);
                start = i + 1;
            }
        }

        if (start < text.Length)
        {
            lines.Add(text[start..]);
        }

        return lines;
    }
}
