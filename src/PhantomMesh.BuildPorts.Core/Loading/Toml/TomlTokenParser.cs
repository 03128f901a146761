using PhantomMesh.BuildPorts.Diagnostics;
using Tomlyn.Parsing;
using Tomlyn.Syntax;
using Tomlyn.Text;

namespace PhantomMesh.BuildPorts.Loading.Toml;

/// <summary>
/// The fast path of <see cref="TomlDocumentParser"/>: reads Tomlyn's token stream (its lexer
/// allocates next to nothing) straight into a <see cref="TomlRawDocument"/>, without Tomlyn's
/// full-fidelity syntax tree, which costs about ten times the time and a hundred bytes of memory
/// per character of input. It accepts only the plain shape of TOML a spec is written in and gives
/// up (returns null) on anything else: a byte-order mark, any lexer error, an unexpected token, a newline in an
/// inline table, a trailing comma in one, infinities and NaNs, nesting deeper than
/// <see cref="MaxDepth"/>. The caller then parses the text with the syntax tree as before, so
/// every syntax error, limit and unusual construct is reported exactly as without this path.
/// </summary>
internal sealed class TomlTokenParser
{
    /// <summary>Deeper nesting is left to the syntax-tree path (and its PM1007 limit).</summary>
    public const int MaxDepth = 16;

    private readonly string _text;
    private readonly string _file;
    private readonly TomlLexer _lexer;
    private TomlToken _token;
    private int _depth;
    private readonly string?[] _keyNames = new string?[1024];

    private TomlTokenParser(string text, string file)
    {
        _text = text;
        _file = file;
        _lexer = TomlLexer.Create(text, new TomlLexerOptions { DecodeScalars = true }, file);
    }

    /// <summary>The document, or null when the text needs the syntax-tree path.</summary>
    public static TomlRawDocument? TryParse(string text, string file)
    {
        if (text.StartsWith('\uFEFF'))
        {
            return null; // the lexer skips a byte-order mark but counts it in token offsets
        }

        try
        {
            var parser = new TomlTokenParser(text, file);
            var document = parser.ParseDocument();
            return document is null || parser._lexer.HasErrors ? null : document;
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            return null; // whatever went wrong, the syntax-tree path reports it
        }
    }

    private TomlRawDocument? ParseDocument()
    {
        var document = new TomlRawDocument();
        var items = document.RootItems;
        Next(TomlLexerMode.Key);
        while (true)
        {
            switch (_token.Kind)
            {
                case TokenKind.NewLine:
                    Next(TomlLexerMode.Key);
                    continue;
                case TokenKind.Eof:
                    return document;
                case TokenKind.OpenBracket or TokenKind.OpenBracketDouble:
                    var isArray = _token.Kind == TokenKind.OpenBracketDouble;
                    Next(TomlLexerMode.Key);
                    var name = ReadKey();
                    if (name is null || _token.Kind != (isArray ? TokenKind.CloseBracketDouble : TokenKind.CloseBracket))
                    {
                        return null;
                    }

                    var table = new TomlRawTable(name, isArray);
                    document.Tables.Add(table);
                    items = table.Items;
                    Next(TomlLexerMode.Key);
                    break;
                default:
                    if (ReadKeyValue() is not { } keyValue)
                    {
                        return null;
                    }

                    items.Add(keyValue);
                    Next(TomlLexerMode.Key);
                    break;
            }

            if (_token.Kind is not (TokenKind.NewLine or TokenKind.Eof))
            {
                return null;
            }
        }
    }

    /// <summary>At the first token of a key; leaves the current token on the last token of the value.</summary>
    private TomlRawKeyValue? ReadKeyValue()
    {
        var key = ReadKey();
        if (key is null || _token.Kind != TokenKind.Equal)
        {
            return null;
        }

        Next(TomlLexerMode.Value);
        return ReadValue() is { } value ? new TomlRawKeyValue(key, value) : null;
    }

    /// <summary>At the first segment; leaves the current token on the one after the key.</summary>
    private List<TomlKeySegment>? ReadKey()
    {
        var segments = new List<TomlKeySegment>(2);
        while (true)
        {
            string? name = _token.Kind switch
            {
                TokenKind.BasicKey => KeyName(_token.Start.Offset, _token.End.Offset - _token.Start.Offset + 1),
                TokenKind.String or TokenKind.StringLiteral => _token.StringValue,
                _ => null,
            };
            if (name is null)
            {
                return null;
            }

            segments.Add(new TomlKeySegment(name, Location(_token.Start, _token.End)));
            Next(TomlLexerMode.Key);
            if (_token.Kind != TokenKind.Dot)
            {
                return segments;
            }

            Next(TomlLexerMode.Key);
        }
    }

    /// <summary>At the first token of a value (lexed in value mode); leaves the current token on its last token.</summary>
    private object? ReadValue()
    {
        var token = _token;
        switch (token.Kind)
        {
            case TokenKind.String or TokenKind.StringLiteral or TokenKind.StringMulti or TokenKind.StringLiteralMulti:
                return new TomlScalarNode(Location(token.Start, token.End), TomlScalarKind.String, token.StringValue ?? string.Empty);
            case TokenKind.Integer or TokenKind.IntegerHexa or TokenKind.IntegerOctal or TokenKind.IntegerBinary:
                return new TomlScalarNode(Location(token.Start, token.End), TomlScalarKind.Integer, unchecked((long)token.Data));
            case TokenKind.Float:
                return new TomlScalarNode(Location(token.Start, token.End), TomlScalarKind.Float, BitConverter.Int64BitsToDouble(unchecked((long)token.Data)));
            case TokenKind.True or TokenKind.False:
                return new TomlScalarNode(Location(token.Start, token.End), TomlScalarKind.Boolean, token.Kind == TokenKind.True);
            case TokenKind.OffsetDateTimeByZ or TokenKind.OffsetDateTimeByNumber or TokenKind.LocalDateTime or TokenKind.LocalDate or TokenKind.LocalTime:
                var text = _text.Substring(token.Start.Offset, token.End.Offset - token.Start.Offset + 1);
                return new TomlScalarNode(Location(token.Start, token.End), TomlScalarKind.DateTime, text);
            case TokenKind.OpenBracket:
                return ++_depth > MaxDepth ? null : ReadArray(token);
            case TokenKind.OpenBrace:
                return ++_depth > MaxDepth ? null : ReadInlineTable(token);
            default:
                return null;
        }
    }

    private TomlRawArray? ReadArray(TomlToken open)
    {
        var items = new List<object>();
        NextSkippingNewLines();
        while (_token.Kind != TokenKind.CloseBracket)
        {
            if (ReadValue() is not { } item)
            {
                return null;
            }

            items.Add(item);
            NextSkippingNewLines();
            if (_token.Kind == TokenKind.Comma)
            {
                NextSkippingNewLines();
            }
            else if (_token.Kind != TokenKind.CloseBracket)
            {
                return null;
            }
        }

        _depth--;
        var array = new TomlRawArray(Location(open.Start, _token.End));
        array.Items.AddRange(items);
        return array;
    }

    private TomlRawInlineTable? ReadInlineTable(TomlToken open)
    {
        var items = new List<TomlRawKeyValue>();
        Next(TomlLexerMode.Key);
        if (_token.Kind != TokenKind.CloseBrace)
        {
            while (true)
            {
                if (ReadKeyValue() is not { } keyValue)
                {
                    return null;
                }

                items.Add(keyValue);
                Next(TomlLexerMode.Key);
                if (_token.Kind == TokenKind.CloseBrace)
                {
                    break;
                }

                if (_token.Kind != TokenKind.Comma)
                {
                    return null;
                }

                Next(TomlLexerMode.Key);
            }
        }

        _depth--;
        var table = new TomlRawInlineTable(Location(open.Start, _token.End));
        table.Items.AddRange(items);
        return table;
    }

    /// <summary>
    /// A bare key's text. A spec repeats a few key names thousands of times (name, host, container,
    /// ...), so short ones are shared instead of allocated again for every occurrence.
    /// </summary>
    private string KeyName(int start, int length)
    {
        var span = _text.AsSpan(start, length);
        if (length > 32)
        {
            return span.ToString();
        }

        var slot = (string.GetHashCode(span) & int.MaxValue) % _keyNames.Length;
        var cached = _keyNames[slot];
        if (cached is not null && span.SequenceEqual(cached))
        {
            return cached;
        }

        return _keyNames[slot] = span.ToString();
    }

    private void NextSkippingNewLines()
    {
        do
        {
            Next(TomlLexerMode.Value);
        }
        while (_token.Kind == TokenKind.NewLine);
    }

    /// <summary>Moves to the next token that is not whitespace or a comment, lexed in the given mode.</summary>
    private void Next(TomlLexerMode mode)
    {
        _lexer.Mode = mode;
        do
        {
            if (!_lexer.MoveNext())
            {
                _token = new TomlToken(TokenKind.Eof, default, default, null, 0);
                return;
            }

            _token = _lexer.Current;
        }
        while (_token.Kind is TokenKind.Whitespaces or TokenKind.Comment);

        if (_token.Kind == TokenKind.Invalid)
        {
            throw new FormatException("invalid token"); // caught in TryParse: the syntax-tree path reports it
        }
    }

    /// <summary>Tomlyn positions are 0-based with an inclusive end; ours are 1-based with an exclusive end column.</summary>
    private SourceLocation Location(TomlTextPosition start, TomlTextPosition end) =>
        SpanConverter.ToLocation(start.Line, start.Column, end.Line, end.Column, _file);
}
