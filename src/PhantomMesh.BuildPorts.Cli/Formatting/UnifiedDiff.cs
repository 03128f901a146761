using System.Globalization;
using System.Text;
using DiffPlex;

namespace PhantomMesh.BuildPorts.Cli.Formatting;

/// <summary>
/// A unified diff as <c>diff -u</c> and <c>git diff</c> print it: hunks with three lines of context,
/// <c>@@ -start,count +start,count @@</c> headers and <c>\ No newline at end of file</c> where a file
/// lacks its final newline. DiffPlex finds the changed lines; this class only lays them out, because
/// DiffPlex's own renderer counts the empty string after a final newline as a line.
/// </summary>
internal static class UnifiedDiff
{
    private const string NoNewline = "\\ No newline at end of file";

    /// <summary>The diff of <paramref name="oldText"/> and <paramref name="newText"/>; empty when they are equal.</summary>
    public static string Render(string oldText, string newText, string oldName, string newName, int context = 3)
    {
        var oldLines = Lines(oldText);
        var newLines = Lines(newText);
        var blocks = Differ.Instance.CreateDiffs(oldText, newText, ignoreWhiteSpace: false, ignoreCase: false, new LineChunker()).DiffBlocks;
        if (blocks.Count == 0)
        {
            return string.Empty;
        }

        var output = new StringBuilder();
        output.Append("--- ").Append(oldName).Append('\n');
        output.Append("+++ ").Append(newName).Append('\n');
        for (var first = 0; first < blocks.Count;)
        {
            // One hunk takes every following block whose unchanged gap is short enough to share context.
            var last = first;
            while (last + 1 < blocks.Count && blocks[last + 1].DeleteStartA - (blocks[last].DeleteStartA + blocks[last].DeleteCountA) <= 2 * context)
            {
                last++;
            }

            var oldStart = Math.Max(0, blocks[first].DeleteStartA - context);
            var newStart = blocks[first].InsertStartB - (blocks[first].DeleteStartA - oldStart);
            var oldEnd = Math.Min(oldLines.Count, blocks[last].DeleteStartA + blocks[last].DeleteCountA + context);
            var newEnd = Math.Min(newLines.Count, blocks[last].InsertStartB + blocks[last].InsertCountB + context);
            output.Append("@@ -").Append(Range(oldStart, oldEnd - oldStart)).Append(" +").Append(Range(newStart, newEnd - newStart)).Append(" @@\n");

            var oldAt = oldStart;
            for (var b = first; b <= last; b++)
            {
                var block = blocks[b];
                for (; oldAt < block.DeleteStartA; oldAt++)
                {
                    Line(output, ' ', oldLines, oldAt);
                }

                for (var i = 0; i < block.DeleteCountA; i++)
                {
                    Line(output, '-', oldLines, block.DeleteStartA + i);
                }

                for (var i = 0; i < block.InsertCountB; i++)
                {
                    Line(output, '+', newLines, block.InsertStartB + i);
                }

                oldAt = block.DeleteStartA + block.DeleteCountA;
            }

            for (; oldAt < oldEnd; oldAt++)
            {
                Line(output, ' ', oldLines, oldAt);
            }

            first = last + 1;
        }

        return output.ToString();
    }

    /// <summary>A line of the hunk, and the marker when it is a file's last line and has no newline.</summary>
    private static void Line(StringBuilder output, char prefix, IReadOnlyList<string> lines, int index)
    {
        var line = lines[index];
        var missingNewline = line.EndsWith(LineChunker.NoNewlineMark);
        output.Append(prefix).Append(missingNewline ? line[..^1] : line).Append('\n');
        if (missingNewline)
        {
            output.Append(NoNewline).Append('\n');
        }
    }

    /// <summary>GNU's range notation: <c>start,count</c>, just <c>start</c> for one line, and the line before for none.</summary>
    private static string Range(int start, int count) => count switch
    {
        0 => string.Create(CultureInfo.InvariantCulture, $"{start},0"),
        1 => (start + 1).ToString(CultureInfo.InvariantCulture),
        _ => string.Create(CultureInfo.InvariantCulture, $"{start + 1},{count}"),
    };

    private static IReadOnlyList<string> Lines(string text) => new LineChunker().Chunk(text);

    /// <summary>
    /// Splits at '\n' (a '\r' before it stays part of the line, so line-ending changes show). A last line
    /// without its newline keeps a mark, so that "x" and "x\n" differ as they do for diff.
    /// </summary>
    private sealed class LineChunker : IChunker
    {
        public const char NoNewlineMark = '\0';

        public IReadOnlyList<string> Chunk(string text)
        {
            if (text.Length == 0)
            {
                return [];
            }

            var lines = text.Split('\n');
            if (text.EndsWith('\n'))
            {
                return lines[..^1];
            }

            lines[^1] += NoNewlineMark;
            return lines;
        }
    }
}
