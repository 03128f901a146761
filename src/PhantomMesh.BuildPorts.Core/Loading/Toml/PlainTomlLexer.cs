using System.Buffers;
using Tomlyn.Parsing;
using Tomlyn.Syntax;
using Tomlyn.Text;

namespace PhantomMesh.BuildPorts.Loading.Toml;

/// <summary>
/// A lexer for the plain TOML a spec is almost always made of: bare and quoted keys, strings without
/// escapes, decimal integers, booleans, brackets, braces, comments. It gives the tokens Tomlyn's lexer
/// gives for that text (same kinds, same positions; the end of the text has none, as the parser's own
/// end token has none), at a fraction of its cost per character, and
/// gives up (an <see cref="TokenKind.Invalid"/> token, <see cref="GaveUp"/>) at anything else: an
/// escape, a multi-line string, a float, a date, a lone carriage return, a surrogate. The parser then
/// reads the whole text again with Tomlyn's lexer, which also describes every error: this lexer never
/// decides that text is wrong, only that it is not plain.
/// String tokens carry no value: it is the text between the quotes.
/// </summary>
internal sealed class PlainTomlLexer
{
    /// <summary>The longest decimal integer read here; longer ones (which may overflow) are Tomlyn's.</summary>
    private const int MaxDigits = 18;

    /// <summary>What ends a comment, or makes it Tomlyn's: line ends and the control characters TOML forbids in it.</summary>
    private static readonly SearchValues<char> CommentStops = SearchValues.Create(
        "\0\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\n\u000B\u000C\r\u000E\u000F"
        + "\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001A\u001B\u001C\u001D\u001E\u001F\u007F");

    private readonly string _text;
    private readonly int _end;
    private int _offset;
    private int _line;
    private int _lineStart;

    public PlainTomlLexer(string text)
        : this(text, 0, text.Length, 0)
    {
    }

    /// <summary>Reads <paramref name="text"/> from <paramref name="start"/>, the start of (0-based) line <paramref name="line"/>, to <paramref name="end"/>, where it sees the end of the file.</summary>
    public PlainTomlLexer(string text, int start, int end, int line)
    {
        _text = text;
        _end = end;
        _offset = start;
        _lineStart = start;
        _line = line;
    }

    /// <summary>True once the text held something this lexer leaves to Tomlyn's.</summary>
    public bool GaveUp { get; private set; }

    /// <summary>The next token that is not whitespace or a comment, read as Tomlyn reads it in <paramref name="mode"/>.</summary>
    public TomlToken Next(TomlLexerMode mode)
    {
        var text = _text;
        while (true)
        {
            if (GaveUp || _offset >= _end)
            {
                return GaveUp ? GiveUp() : new TomlToken(TokenKind.Eof, default, default);
            }

            var c = text[_offset];
            switch (c)
            {
                case ' ' or '\t':
                    _offset++;
                    continue;
                case '#':
                    if (!SkipComment())
                    {
                        return GiveUp();
                    }

                    continue;
                case '\n':
                    return NewLine(1);
                case '\r':
                    return _offset + 1 < _end && text[_offset + 1] == '\n' ? NewLine(2) : GiveUp();
                case ',':
                    return Punctuation(TokenKind.Comma, 1);
                case '{':
                    return Punctuation(TokenKind.OpenBrace, 1);
                case '}':
                    return Punctuation(TokenKind.CloseBrace, 1);
                case '[':
                    return mode == TomlLexerMode.Key && Peek(1) == '['
                        ? Punctuation(TokenKind.OpenBracketDouble, 2)
                        : Punctuation(TokenKind.OpenBracket, 1);
                case ']':
                    return mode == TomlLexerMode.Key && Peek(1) == ']'
                        ? Punctuation(TokenKind.CloseBracketDouble, 2)
                        : Punctuation(TokenKind.CloseBracket, 1);
                case '.' when mode == TomlLexerMode.Key:
                    return Punctuation(TokenKind.Dot, 1);
                case '=' when mode == TomlLexerMode.Key:
                    return Punctuation(TokenKind.Equal, 1);
                case '"':
                    return QuotedString(TokenKind.String, '"', mode);
                case '\'':
                    return QuotedString(TokenKind.StringLiteral, '\'', mode);
                default:
                    return mode == TomlLexerMode.Key ? BareKey() : ValueWord(c);
            }
        }
    }

    private char Peek(int ahead) => _offset + ahead < _end ? _text[_offset + ahead] : '\0';

    private TomlToken Punctuation(TokenKind kind, int length)
    {
        var token = new TomlToken(kind, Position(_offset), Position(_offset + length - 1));
        _offset += length;
        return token;
    }

    /// <summary>A line break: <c>\n</c>, or <c>\r\n</c> from the <c>\r</c> to the <c>\n</c>.</summary>
    private TomlToken NewLine(int length)
    {
        var token = new TomlToken(TokenKind.NewLine, Position(_offset), Position(_offset + length - 1));
        _offset += length;
        _line++;
        _lineStart = _offset;
        return token;
    }

    /// <summary>Skips a comment to its line end; false when it holds a character TOML forbids there, or one that is not plain.</summary>
    private bool SkipComment()
    {
        var rest = _text.AsSpan(_offset + 1, _end - _offset - 1);
        var stop = rest.IndexOfAny(CommentStops);
        var comment = stop < 0 ? rest : rest[..stop];
        if (!IsPlain(comment) || (stop >= 0 && rest[stop] is not ('\n' or '\r')))
        {
            return false;
        }

        _offset += 1 + comment.Length;
        return true;
    }

    /// <summary>
    /// A basic or literal string on one line: no escape, no control character, and not empty where
    /// Tomlyn would read more (an empty quoted key, or the start of a multi-line string).
    /// </summary>
    private TomlToken QuotedString(TokenKind kind, char quote, TomlLexerMode mode)
    {
        var text = _text;
        var start = _offset;
        var i = start + 1;
        while (i < _end)
        {
            var c = text[i];
            if (c == quote)
            {
                break;
            }

            if ((c < ' ' && c != '\t') || c == '\u007F' || (c == '\\' && kind == TokenKind.String) || IsNotPlain(c))
            {
                return GiveUp();
            }

            i++;
        }

        var empty = i == start + 1;
        if (i >= _end || (empty && (mode == TomlLexerMode.Key || (i + 1 < _end && text[i + 1] == quote))))
        {
            return GiveUp();
        }

        var token = new TomlToken(kind, Position(start), Position(i));
        _offset = i + 1;
        return token;
    }

    private TomlToken BareKey()
    {
        var text = _text;
        var start = _offset;
        var i = start;
        while (i < _end && IsBareKeyChar(text[i]))
        {
            i++;
        }

        if (i == start)
        {
            return GiveUp();
        }

        var token = new TomlToken(TokenKind.BasicKey, Position(start), Position(i - 1));
        _offset = i;
        return token;
    }

    /// <summary>In a value: a decimal integer or a boolean, ended where Tomlyn's lexer ends it; anything else is given up.</summary>
    private TomlToken ValueWord(char first)
    {
        if (first is 't' or 'f')
        {
            var word = first == 't' ? "true" : "false";
            return _text.AsSpan(_offset, _end - _offset).StartsWith(word, StringComparison.Ordinal) && EndsValue(_offset + word.Length)
                ? Word(first == 't' ? TokenKind.True : TokenKind.False, word.Length, first == 't' ? 1UL : 0UL)
                : GiveUp();
        }

        var text = _text;
        var i = _offset;
        var negative = first == '-';
        if (first is '+' or '-')
        {
            i++;
        }

        var digitsStart = i;
        long value = 0;
        while (i < _end && char.IsAsciiDigit(text[i]) && i - digitsStart < MaxDigits)
        {
            value = (value * 10) + (text[i] - '0');
            i++;
        }

        var digits = i - digitsStart;
        if (digits == 0 || (digits > 1 && text[digitsStart] == '0') || !EndsValue(i))
        {
            return GiveUp();
        }

        return Word(TokenKind.Integer, i - _offset, unchecked((ulong)(negative ? -value : value)));
    }

    /// <summary>True where a number or boolean ends for certain: what may follow it in valid TOML, and nothing a longer number, date or word would continue with.</summary>
    private bool EndsValue(int index) =>
        index >= _end || _text[index] is ' ' or '\t' or '\n' or '\r' or ',' or ']' or '}' or '#';

    private TomlToken Word(TokenKind kind, int length, ulong data)
    {
        var token = new TomlToken(kind, Position(_offset), Position(_offset + length - 1), null, data);
        _offset += length;
        return token;
    }

    private TomlToken GiveUp()
    {
        GaveUp = true;
        var here = Position(Math.Min(_offset, _end));
        return new TomlToken(TokenKind.Invalid, here, here);
    }

    /// <summary>Tomlyn's column counts Unicode scalars; with no surrogate on the line (they are given up), that is the UTF-16 index.</summary>
    private TomlTextPosition Position(int offset) => new(offset, _line, offset - _lineStart);

    private static bool IsBareKeyChar(char c) => char.IsAsciiLetterOrDigit(c) || c is '_' or '-';

    /// <summary>Surrogates (Tomlyn counts a pair as one column) and U+FFFD (which Tomlyn reports as a broken encoding) are Tomlyn's to read.</summary>
    private static bool IsNotPlain(char c) => char.IsSurrogate(c) || c == '\uFFFD';

    private static bool IsPlain(ReadOnlySpan<char> span) =>
        span.IndexOfAnyInRange('\uD800', '\uDFFF') < 0 && !span.Contains('\uFFFD');
}
