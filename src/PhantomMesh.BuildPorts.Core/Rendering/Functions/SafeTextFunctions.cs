using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Scriban.Runtime;

namespace PhantomMesh.BuildPorts.Rendering.Functions;

/// <summary>
/// Template functions that turn a spec value into text that stays text in the file it lands in,
/// whatever quotes, newlines, '#', '$(...)', backticks or '{{ }}' it holds. Scriban names them
/// in snake_case: <c>yaml_str</c>, <c>compose_str</c>, <c>sh_quote</c>, ...
/// </summary>
public static class SafeTextFunctions
{
    // What YamlStr and MdCell escape, and what OneLine changes: a value with none of them (nearly every name, title and
    // mapping of a spec) is used as it is, without a builder per call; these run for every port of every template.
    private static readonly SearchValues<char> YamlEscaped = Characters(c => c is '"' or '\\' or '\u2028' or '\u2029' || char.IsControl(c));
    private static readonly SearchValues<char> MarkdownEscaped = Characters(c => "|\\`*_[]#{}$~<>&".Contains(c) || char.IsControl(c));
    private static readonly SearchValues<char> OneLineSpaces = Characters(c => c != ' ' && IsOneLineSpace(c));

    /// <summary>A double-quoted YAML scalar; every control character is escaped.</summary>
    public static string YamlStr(object? value)
    {
        var text = ToText(value);
        if (!text.AsSpan().ContainsAny(YamlEscaped))
        {
            return string.Concat("\"", text, "\"");
        }

        var builder = new StringBuilder(text.Length + 2).Append('"');
        foreach (var c in text)
        {
            // Characters are appended as they are, not as one-character strings: this runs for every character of every value.
            _ = c switch
            {
                '"' => builder.Append("\\\""),
                '\\' => builder.Append("\\\\"),
                '\n' => builder.Append("\\n"),
                '\r' => builder.Append("\\r"),
                '\t' => builder.Append("\\t"),
                '\u0085' => builder.Append("\\N"),
                '\u2028' => builder.Append("\\L"),
                '\u2029' => builder.Append("\\P"),
                _ when char.IsControl(c) => builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture)),
                _ => builder.Append(c),
            };
        }

        return builder.Append('"').ToString();
    }

    /// <summary>
    /// A YAML scalar for files that expand <c>$VAR</c> and <c>${VAR}</c> (docker-compose, Grafana
    /// provisioning): <c>$</c> is doubled, which both read as a literal dollar sign.
    /// </summary>
    public static string ComposeStr(object? value) => YamlStr(ToText(value).Replace("$", "$$", StringComparison.Ordinal));

    /// <summary>The same escaping as <see cref="ComposeStr"/>, named for Grafana provisioning files.</summary>
    public static string GrafanaStr(object? value) => ComposeStr(value);

    /// <summary>A single-quoted POSIX shell word: nothing inside is expanded.</summary>
    public static string ShQuote(object? value)
        => "'" + ToText(value).Replace("'", "'\\''", StringComparison.Ordinal) + "'";

    /// <summary>Text for a one-line comment: line breaks and other control characters become spaces.</summary>
    public static string OneLine(object? value)
    {
        var text = ToText(value);
        if (!text.AsSpan().ContainsAny(OneLineSpaces) && !text.Contains("  ", StringComparison.Ordinal) && !text.StartsWith(' ') && !text.EndsWith(' '))
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        var lastWasSpace = false;
        foreach (var c in text)
        {
            var isSpace = IsOneLineSpace(c);
            if (isSpace && lastWasSpace)
            {
                continue;
            }

            builder.Append(isSpace ? ' ' : c);
            lastWasSpace = isSpace;
        }

        return builder.ToString().Trim();
    }

    /// <summary>A Markdown table cell: pipes and Markdown syntax are escaped, line breaks become &lt;br&gt;.</summary>
    public static string MdCell(object? value)
    {
        var text = ToText(value);
        if (!text.AsSpan().ContainsAny(MarkdownEscaped))
        {
            return text;
        }

        text = text.Replace("\r\n", "\n", StringComparison.Ordinal);
        var builder = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            _ = c switch
            {
                '|' or '\\' or '`' or '*' or '_' or '[' or ']' or '#' or '{' or '}' or '$' or '~' => builder.Append('\\').Append(c),
                '<' => builder.Append("&lt;"),
                '>' => builder.Append("&gt;"),
                '&' => builder.Append("&amp;"),
                '\n' or '\r' => builder.Append("<br>"),
                _ when char.IsControl(c) => builder.Append(' '),
                _ => builder.Append(c),
            };
        }

        return builder.ToString();
    }

    /// <summary>
    /// A JSON string literal (also valid in a Dockerfile's exec-form array). Only what JSON requires
    /// is escaped (quotes, backslashes, control characters), so <c>'</c>, <c>&lt;</c>, <c>&gt;</c> and
    /// <c>&amp;</c> in a shell command stay readable instead of becoming <c>\u0027</c> and the like.
    /// </summary>
    public static string JsonStr(object? value)
        => "\"" + JsonEncodedText.Encode(ToText(value), JavaScriptEncoder.UnsafeRelaxedJsonEscaping).Value + "\"";

    /// <summary>
    /// A double-quoted Dockerfile word (LABEL and ENV values): one line, with quotes, backslashes
    /// and <c>$</c> escaped so no variable is substituted.
    /// </summary>
    public static string DockerStr(object? value)
    {
        var text = OneLine(value);
        var escaped = text.Replace("\\", "\\\\", StringComparison.Ordinal)
            .Replace("\"", "\\\"", StringComparison.Ordinal)
            .Replace("$", "\\$", StringComparison.Ordinal);
        return "\"" + escaped + "\"";
    }

    /// <summary>A copy of <paramref name="items"/> sorted by a member, numbers numerically and strings ordinally: the same order on every machine.</summary>
    public static ScriptArray Sorted(IEnumerable<object?>? items, string? member = null)
    {
        var list = (items ?? []).ToList();
        var sorted = list
            .Select((item, index) => (Item: item, Key: member is null ? item : ModelMembers.TryRead(item, member, out var key) ? key : null, Index: index))
            .OrderBy(e => e.Key, KeyComparer.Instance)
            .ThenBy(e => e.Index)
            .Select(e => e.Item);
        var array = new ScriptArray();
        foreach (var item in sorted)
        {
            array.Add(item);
        }

        return array;
    }

    private static bool IsOneLineSpace(char c) => char.IsControl(c) || char.IsWhiteSpace(c) || c is '\u2028' or '\u2029';

    private static SearchValues<char> Characters(Func<char, bool> included)
    {
        var characters = new List<char>();
        for (int c = char.MinValue; c <= char.MaxValue; c++)
        {
            if (included((char)c))
            {
                characters.Add((char)c);
            }
        }

        return SearchValues.Create(characters.ToArray());
    }

    private static string ToText(object? value) => value switch
    {
        null => string.Empty,
        string s => s,
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };

    private sealed class KeyComparer : IComparer<object?>
    {
        public static readonly KeyComparer Instance = new();

        public int Compare(object? x, object? y)
        {
            if (x is null || y is null)
            {
                return (x is null).CompareTo(y is null) * -1;
            }

            if (IsNumber(x) && IsNumber(y))
            {
                return Convert.ToDecimal(x, CultureInfo.InvariantCulture).CompareTo(Convert.ToDecimal(y, CultureInfo.InvariantCulture));
            }

            return string.CompareOrdinal(ToText(x), ToText(y));
        }

        private static bool IsNumber(object value) => value is int or long or short or byte or decimal or double or float;
    }
}
