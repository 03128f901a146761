using PhantomMesh.BuildPorts.Diagnostics;

namespace PhantomMesh.BuildPorts.Loading.Toml;

/// <summary>
/// Recognises TOML 1.1 syntax that Tomlyn's lexer accepts in tokens, so that ports.toml stays the
/// TOML 1.0 other readers (Python's tomllib, for one) can read. Each check returns the how-to-fix
/// message, or null when the token is TOML 1.0.
/// </summary>
internal static class TomlVersionCheck
{
    public const string Version11 = "is TOML 1.1; ports.toml is TOML 1.0 (other tools read it too)";

    /// <summary>The raw text of a basic string (quotes included): <c>\xHH</c> and <c>\e</c> escapes are new in 1.1; <paramref name="at"/> is the escape's index.</summary>
    public static string? BasicString(ReadOnlySpan<char> raw, out int at)
    {
        var i = raw.IndexOf('\\');
        at = i;
        if (i < 0)
        {
            return null;
        }

        for (; i < raw.Length - 1; i++)
        {
            if (raw[i] != '\\')
            {
                continue;
            }

            at = i++;
            switch (raw[i])
            {
                case 'x':
                    return $"The escape \\x {Version11}; write \\u00HH instead (\\x41 is \\u0041).";
                case 'e':
                    return $"The escape \\e {Version11}; write \\u001B instead.";
            }
        }

        return null;
    }

    /// <summary>The raw text of a time, local date-time or offset date-time: 1.1 lets the seconds be left out.</summary>
    public static string? DateTime(ReadOnlySpan<char> raw)
    {
        var colon = raw.IndexOf(':');
        return colon >= 0 && (colon + 3 >= raw.Length || raw[colon + 3] != ':')
            ? $"A time without seconds {Version11}; write the seconds too ({raw[..(colon + 3)]}:00{raw[(colon + 3)..]})."
            : null;
    }

    public static string InlineTableComment =>
        $"A comment inside an inline table {Version11} (the line break after it is); move the comment above the line.";

    public static string InlineTableNewLine =>
        $"A line break inside an inline table {Version11}; write the inline table on one line, or use a [table] header for a long one.";

    public static string InlineTableTrailingComma =>
        $"A comma after the last entry of an inline table {Version11}; remove the comma.";
}
