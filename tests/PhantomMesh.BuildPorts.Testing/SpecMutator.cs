using System.Text;

namespace PhantomMesh.BuildPorts.Testing;

/// <summary>Deterministic byte and token mutations of a spec, for fuzzing with fixed seeds.</summary>
public sealed class SpecMutator(int seed)
{
    private static readonly string[] Tokens =
    [
        "[", "]", "[[", "]]", "{", "}", "=", ",", ".", "\"", "'", "\"\"\"", "'''", "#", "\n", "\\", "\\u0000",
        "0", "-1", "65536", "99999", "24510", "1e9", "true", "inf", "nan", "1979-05-27", "0x1F",
        "host_port", "container_port", "protocol", "\"udp\"", "group", "includes", "[project]", "[containers.x]",
        "\u0000", "\u00e9", "\ud83d\ude00", "{{ 7*7 }}", "$(rm -rf /)", "../../etc/passwd",
    ];

    private readonly Random _random = new(seed);

    public string Mutate(string text, int mutations)
    {
        for (var i = 0; i < mutations; i++)
        {
            text = _random.Next(7) switch
            {
                0 => FlipByte(text),
                1 => DeleteRange(text),
                2 => InsertToken(text),
                3 => DuplicateLine(text),
                4 => SwapLines(text),
                5 => ReplaceNumber(text),
                _ => Truncate(text),
            };
        }

        return text;
    }

    private string FlipByte(string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        if (bytes.Length > 0)
        {
            bytes[_random.Next(bytes.Length)] ^= (byte)(1 << _random.Next(8));
        }

        return Encoding.UTF8.GetString(bytes);
    }

    private string DeleteRange(string text)
    {
        if (text.Length == 0)
        {
            return text;
        }

        var start = _random.Next(text.Length);
        return text.Remove(start, Math.Min(_random.Next(1, 40), text.Length - start));
    }

    private string InsertToken(string text) => text.Insert(_random.Next(text.Length + 1), Tokens[_random.Next(Tokens.Length)]);

    private string DuplicateLine(string text)
    {
        var lines = text.Split('\n').ToList();
        var index = _random.Next(lines.Count);
        lines.Insert(_random.Next(lines.Count + 1), lines[index]);
        return string.Join('\n', lines);
    }

    private string SwapLines(string text)
    {
        var lines = text.Split('\n');
        var (a, b) = (_random.Next(lines.Length), _random.Next(lines.Length));
        (lines[a], lines[b]) = (lines[b], lines[a]);
        return string.Join('\n', lines);
    }

    private string ReplaceNumber(string text)
    {
        var digits = Enumerable.Range(0, text.Length).Where(i => char.IsAsciiDigit(text[i])).ToList();
        if (digits.Count == 0)
        {
            return text;
        }

        var position = digits[_random.Next(digits.Count)];
        return text.Remove(position, 1).Insert(position, _random.Next(10).ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    private string Truncate(string text) => text.Length == 0 ? text : text[.._random.Next(text.Length)];
}
