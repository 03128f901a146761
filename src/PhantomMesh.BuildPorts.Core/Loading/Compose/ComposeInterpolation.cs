using System.Text;
using PhantomMesh.BuildPorts.Diagnostics;

namespace PhantomMesh.BuildPorts.Loading.Compose;

/// <summary>A variable that was used without a value or a default; <see cref="Index"/> is where its <c>$</c> stands in the text.</summary>
internal readonly record struct UnsetVariable(string Name, int Index);

/// <summary>The substituted text, the unset variables it used, or why Compose would refuse it (and where).</summary>
internal sealed record InterpolationResult(string? Value, IReadOnlyList<UnsetVariable> Unset, string? Error, int ErrorIndex)
{
    public bool Failed => Error is not null;
}

/// <summary>
/// Compose's variable substitution: <c>$VAR</c>, <c>${VAR}</c>, <c>${VAR:-default}</c> (unset or empty),
/// <c>${VAR-default}</c> (unset), <c>${VAR:?error}</c>, <c>${VAR?error}</c>, <c>${VAR:+other}</c>,
/// <c>${VAR+other}</c>, and <c>$$</c> for a literal <c>$</c>. Defaults may hold further substitutions.
/// Any other <c>$</c> is an error, as it is for Compose. An unset variable without a default becomes an empty string.
/// </summary>
internal static class ComposeInterpolation
{
    public static InterpolationResult Interpolate(string text, Func<string, string?> lookup)
    {
        var run = new Run(text, lookup);
        var value = run.Expand(0, text.Length);
        return run.Error is { } error
            ? new InterpolationResult(null, run.Unset, error, run.ErrorIndex)
            : new InterpolationResult(value, run.Unset, null, 0);
    }

    /// <summary>Far beyond any real default; keeps hostile text from exhausting the stack.</summary>
    private const int MaxNesting = 32;

    private sealed class Run(string text, Func<string, string?> lookup)
    {
        private int _depth;

        public List<UnsetVariable> Unset { get; } = [];

        public string? Error { get; private set; }

        public int ErrorIndex { get; private set; }

        public string Expand(int start, int end)
        {
            var result = new StringBuilder(end - start);
            var i = start;
            while (i < end && Error is null)
            {
                if (text[i] != '$')
                {
                    result.Append(text[i++]);
                }
                else if (i + 1 < end && text[i + 1] == '$')
                {
                    result.Append('$');
                    i += 2;
                }
                else if (i + 1 < end && IsNameStart(text[i + 1]))
                {
                    var nameEnd = NameEnd(i + 1, end);
                    result.Append(Value(text[(i + 1)..nameEnd], i));
                    i = nameEnd;
                }
                else if (i + 1 < end && text[i + 1] == '{')
                {
                    var close = ClosingBrace(i, end);
                    if (close < 0)
                    {
                        Fail(i, "'${' is never closed with '}'");
                        break;
                    }

                    result.Append(Braced(i, close));
                    i = close + 1;
                }
                else
                {
                    Fail(i, "a '$' must start a variable ($VAR or ${VAR}); write $$ for a literal dollar sign");
                }
            }

            return result.ToString();
        }

        /// <summary><c>${...}</c> from the <c>$</c> at <paramref name="dollar"/> to the brace at <paramref name="close"/>.</summary>
        private string Braced(int dollar, int close)
        {
            var nameStart = dollar + 2;
            if (nameStart >= close || !IsNameStart(text[nameStart]))
            {
                Fail(dollar, $"'{PrintableText.Of(text[dollar..(close + 1)])}' does not start with a variable name (letters, digits and '_', not starting with a digit)");
                return string.Empty;
            }

            var nameEnd = NameEnd(nameStart, close);
            var name = text[nameStart..nameEnd];
            if (nameEnd == close)
            {
                return Value(name, dollar);
            }

            var colon = text[nameEnd] == ':';
            var opIndex = colon ? nameEnd + 1 : nameEnd;
            if (opIndex >= close || text[opIndex] is not ('-' or '?' or '+'))
            {
                var shown = PrintableText.Of(name);
                Fail(dollar, $"'{PrintableText.Of(text[dollar..(close + 1)])}' is not a substitution Compose knows: write ${{{shown}}}, ${{{shown}:-default}}, ${{{shown}-default}}, ${{{shown}:?message}} or ${{{shown}:+value}}");
                return string.Empty;
            }

            if (_depth == MaxNesting)
            {
                Fail(dollar, $"substitutions are nested more than {MaxNesting} deep");
                return string.Empty;
            }

            // The word is substituted first, as Compose does; its unset variables count only if the word is used.
            var unsetBefore = Unset.Count;
            _depth++;
            var word = Expand(opIndex + 1, close);
            _depth--;
            var wordUnset = Unset.GetRange(unsetBefore, Unset.Count - unsetBefore);
            Unset.RemoveRange(unsetBefore, Unset.Count - unsetBefore);
            if (Error is not null)
            {
                return string.Empty;
            }

            var value = lookup(name);
            var present = colon ? !string.IsNullOrEmpty(value) : value is not null;
            switch (text[opIndex])
            {
                case '-' when present:
                    return value!;
                case '-':
                    Unset.AddRange(wordUnset);
                    return word;
                case '?' when present:
                    return value!;
                case '?':
                    Fail(dollar, $"required variable {PrintableText.Of(name)} is {(value is null ? "not set" : "empty")}{(word.Length > 0 ? ": " + PrintableText.Of(word) : string.Empty)}");
                    return string.Empty;
                case '+' when present:
                    Unset.AddRange(wordUnset);
                    return word;
                default:
                    return value ?? string.Empty;
            }
        }

        private string Value(string name, int dollar)
        {
            if (lookup(name) is { } value)
            {
                return value;
            }

            Unset.Add(new UnsetVariable(name, dollar));
            return string.Empty;
        }

        /// <summary>The brace that closes the <c>${</c> at <paramref name="dollar"/>, counting nested <c>${</c>; -1 when there is none.</summary>
        private int ClosingBrace(int dollar, int end)
        {
            var open = 0;
            for (var i = dollar; i < end; i++)
            {
                if (text[i] == '$' && i + 1 < end && text[i + 1] == '{')
                {
                    open++;
                    i++;
                }
                else if (text[i] == '}' && --open == 0)
                {
                    return i;
                }
            }

            return -1;
        }

        private int NameEnd(int start, int end)
        {
            var i = start;
            while (i < end && (IsNameStart(text[i]) || char.IsAsciiDigit(text[i])))
            {
                i++;
            }

            return i;
        }

        private void Fail(int index, string message)
        {
            if (Error is null)
            {
                Error = message;
                ErrorIndex = index;
            }
        }

        private static bool IsNameStart(char c) => char.IsAsciiLetter(c) || c == '_';
    }
}
