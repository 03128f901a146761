using PhantomMesh.BuildPorts.Diagnostics;

namespace PhantomMesh.BuildPorts.Loading.Toml;

/// <summary>
/// Finds where arrays and inline tables first nest deeper than the parser allows, so the
/// diagnostic points at that bracket rather than at the start of the file. Skips strings and comments.
/// </summary>
internal static class NestingLocator
{
    public static SourceLocation? Find(string text, string file, int maxDepth)
    {
        int depth = 0, line = 1, lineStart = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '\n':
                    line++;
                    lineStart = i + 1;
                    break;
                case '#':
                    while (i + 1 < text.Length && text[i + 1] != '\n')
                    {
                        i++;
                    }

                    break;
                case '"' or '\'':
                    i = SkipString(text, i, ref line, ref lineStart);
                    break;
                case '[' or '{':
                    if (++depth > maxDepth)
                    {
                        var column = i - lineStart + 1;
                        return new SourceLocation(file, line, column, line, column + 1);
                    }

                    break;
                case ']' or '}':
                    depth = Math.Max(0, depth - 1);
                    break;
            }
        }

        return null;
    }

    /// <summary>Returns the index of the closing quote (or the end of the text).</summary>
    private static int SkipString(string text, int start, ref int line, ref int lineStart)
    {
        var quote = text[start];
        var triple = start + 2 < text.Length && text[start + 1] == quote && text[start + 2] == quote;
        var i = start + (triple ? 3 : 1);
        for (; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\n')
            {
                if (!triple)
                {
                    return i - 1; // an unterminated one-line string: let the parser report it
                }

                line++;
                lineStart = i + 1;
            }
            else if (c == '\\' && quote == '"')
            {
                i++;
            }
            else if (c == quote && (!triple || (i + 2 < text.Length && text[i + 1] == quote && text[i + 2] == quote)))
            {
                return triple ? i + 2 : i;
            }
        }

        return i;
    }
}
