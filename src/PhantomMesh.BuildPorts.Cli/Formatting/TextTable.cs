namespace PhantomMesh.BuildPorts.Cli.Formatting;

/// <summary>Aligned columns for a terminal.</summary>
internal static class TextTable
{
    public static void Write(TextWriter output, IReadOnlyList<string> headers, IReadOnlyList<string[]> rows)
    {
        var widths = headers.Select((h, i) => Math.Max(h.Length, rows.Count == 0 ? 0 : rows.Max(r => r[i].Length))).ToArray();
        string Line(IReadOnlyList<string> cells) => string.Join("  ", cells.Select((c, i) => c.PadRight(widths[i]))).TrimEnd();
        output.WriteLine(Line(headers));
        output.WriteLine(Line(widths.Select(w => new string('-', w)).ToList()));
        foreach (var row in rows)
        {
            output.WriteLine(Line(row));
        }
    }
}
