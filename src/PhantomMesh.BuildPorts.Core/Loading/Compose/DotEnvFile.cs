using System.Text;
using PhantomMesh.BuildPorts.Diagnostics;

namespace PhantomMesh.BuildPorts.Loading.Compose;

/// <summary>Something wrong in a .env file (<see cref="Text"/> is the message), or a variable it uses that has no value (<see cref="Text"/> is its name).</summary>
internal readonly record struct DotEnvProblem(TextPosition At, string Text);

internal sealed record DotEnvFile(IReadOnlyDictionary<string, string> Values, IReadOnlyList<DotEnvProblem> Errors, IReadOnlyList<DotEnvProblem> Unset)
{
    /// <summary>
    /// Reads a .env file as Compose does: <c>KEY=value</c> or <c>KEY: value</c> lines, an optional
    /// <c>export</c>, <c>#</c> comments (inline after a space on unquoted values), single quotes taken
    /// literally, double quotes with <c>\n</c>-style escapes, and substitution in unquoted and
    /// double-quoted values from the environment, then the lines above. A bare <c>KEY</c> takes the
    /// environment's value.
    /// </summary>
    public static DotEnvFile Parse(string text, Func<string, string?> environment)
    {
        var normalized = text.Replace("\r\n", "\n", StringComparison.Ordinal);
        var parser = new Parser(normalized, environment);
        parser.Run();
        return new DotEnvFile(
            parser.Values,
            [.. parser.Errors.Select(e => new DotEnvProblem(TextPosition.Of(normalized, e.Index), e.Message))],
            [.. parser.Unset.Select(u => new DotEnvProblem(TextPosition.Of(normalized, u.Index), u.Name))]);
    }

    private sealed class Parser(string text, Func<string, string?> environment)
    {
        private int _i;

        public Dictionary<string, string> Values { get; } = new(StringComparer.Ordinal);

        public List<(int Index, string Message)> Errors { get; } = [];

        public List<UnsetVariable> Unset { get; } = [];

        public void Run()
        {
            while (SkipBlankAndComments())
            {
                Statement();
            }
        }

        private void Statement()
        {
            if (text.AsSpan(_i).StartsWith("export") && _i + 6 < text.Length && text[_i + 6] is ' ' or '\t')
            {
                _i += 6;
                SkipSpaces();
            }

            var keyStart = _i;
            while (_i < text.Length && (char.IsLetterOrDigit(text[_i]) || text[_i] is '_' or '.'))
            {
                _i++;
            }

            var key = text[keyStart.._i];
            SkipSpaces();
            if (key.Length > 0 && (_i == text.Length || text[_i] == '\n'))
            {
                if (environment(key) is { } inherited)
                {
                    Values[key] = inherited;
                }

                return;
            }

            if (key.Length == 0 || text[_i] is not ('=' or ':'))
            {
                Fail(_i, _i < text.Length
                    ? $"unexpected character '{PrintableText.Of(text[_i].ToString())}' in a variable name; write NAME=value, with letters, digits, '_' and '.' in NAME"
                    : "a line without a variable name; write NAME=value");
                SkipLine();
                return;
            }

            _i++;
            SkipSpaces();
            if (ReadValue() is { } value)
            {
                Values[key] = value;
            }
        }

        private string? ReadValue()
        {
            if (_i < text.Length && text[_i] is '\'' or '"')
            {
                var quote = text[_i];
                var start = _i;
                var close = _i + 1;
                while (close < text.Length && (text[close] != quote || text[close - 1] == '\\'))
                {
                    close++;
                }

                if (close >= text.Length)
                {
                    Fail(start, $"the value starting with {quote} is never closed; end it with {quote}");
                    _i = text.Length;
                    return null;
                }

                var raw = text[(start + 1)..close];
                _i = close + 1;
                SkipLine();
                return quote == '\'' ? raw : Substitute(Unescape(raw), start);
            }

            var valueStart = _i;
            var end = text.IndexOf('\n', _i);
            end = end < 0 ? text.Length : end;
            var line = text[valueStart..end];
            var comment = InlineComment(line);
            _i = end;
            return Substitute((comment < 0 ? line : line[..comment]).TrimEnd(), valueStart);
        }

        /// <summary>Where an inline comment starts: a '#' at the start or after a space.</summary>
        private static int InlineComment(string value)
        {
            for (var i = 0; i < value.Length; i++)
            {
                if (value[i] == '#' && (i == 0 || value[i - 1] is ' ' or '\t'))
                {
                    return i;
                }
            }

            return -1;
        }

        private string? Substitute(string value, int offset)
        {
            var result = ComposeInterpolation.Interpolate(value, name => environment(name) ?? Values.GetValueOrDefault(name));
            Unset.AddRange(result.Unset.Select(u => u with { Index = offset + u.Index }));
            if (result.Error is { } error)
            {
                Fail(offset + result.ErrorIndex, error);
            }

            return result.Value;
        }

        /// <summary>Double-quoted escapes; an escaped dollar stays a literal one through substitution.</summary>
        private static string Unescape(string raw)
        {
            var result = new StringBuilder(raw.Length);
            for (var i = 0; i < raw.Length; i++)
            {
                if (raw[i] != '\\' || i + 1 == raw.Length)
                {
                    result.Append(raw[i]);
                    continue;
                }

                result.Append(raw[++i] switch
                {
                    'n' => "\n",
                    'r' => "\r",
                    't' => "\t",
                    '$' => "$$",
                    var c => c.ToString(),
                });
            }

            return result.ToString();
        }

        /// <summary>Moves to the next statement; false at the end of the text.</summary>
        private bool SkipBlankAndComments()
        {
            while (_i < text.Length)
            {
                if (char.IsWhiteSpace(text[_i]))
                {
                    _i++;
                }
                else if (text[_i] == '#')
                {
                    SkipLine();
                }
                else
                {
                    return true;
                }
            }

            return false;
        }

        private void SkipSpaces()
        {
            while (_i < text.Length && text[_i] is ' ' or '\t')
            {
                _i++;
            }
        }

        private void SkipLine()
        {
            var end = text.IndexOf('\n', _i);
            _i = end < 0 ? text.Length : end;
        }

        private void Fail(int index, string message) => Errors.Add((index, message));
    }
}
