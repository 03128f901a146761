using PhantomMesh.BuildPorts.Diagnostics;
using Tomlyn.Parsing;
using Tomlyn.Syntax;
using Tomlyn.Text;

namespace PhantomMesh.BuildPorts.Loading.Toml;

/// <summary>
/// The one parser of TOML text: reads a token stream (<see cref="PlainTomlLexer"/>'s for plain text,
/// else Tomlyn's, whose lexer allocates next to nothing) straight into the positioned tree, TOML's table rules applied by <see cref="TomlTreeBuilder"/> as
/// it goes, without Tomlyn's full-fidelity syntax tree, which costs about ten times the time and a hundred bytes of memory per character of input. It accepts
/// TOML 1.0 and stops at the first thing that is not (a lexer error, an unexpected token, a TOML 1.1
/// construct, nesting deeper than <see cref="TomlDocumentParser.MaxNesting"/>), saying why in a
/// <see cref="TomlParseFailure"/>.
/// </summary>
internal sealed partial class TomlTokenParser
{
    private readonly string _text;
    private readonly string _file;
    private readonly PlainTomlLexer? _plainLexer;
    private readonly TomlLexer? _lexer;
    private TomlToken _token;
    private int _depth;
    private TomlParseFailure? _failure;
    private TomlToken? _lastComment;
    private readonly string?[] _keyNames = new string?[1024];
    private readonly string?[] _values = new string?[1024];
    private readonly List<TomlKeySegment> _segments = new(4);
    private readonly TomlTreeBuilder _builder;

    private static readonly object BoxedTrue = true;
    private static readonly object BoxedFalse = false;

    /// <summary>A parser reading with <paramref name="plain"/>, or with Tomlyn's lexer when that is null.</summary>
    private TomlTokenParser(string text, string file, TomlTreeBuilder builder, PlainTomlLexer? plain)
    {
        _text = text;
        _file = file;
        _builder = builder;
        _plainLexer = plain;
        if (plain is null)
        {
            _lexer = TomlLexer.Create(text, new TomlLexerOptions { DecodeScalars = true }, file);
        }
    }

    /// <summary>
    /// The tree, or null with the reason in <paramref name="failure"/>; keys and tables defined twice wait in <paramref name="builder"/>.
    /// The text is read with <see cref="PlainTomlLexer"/> first; when that gives up or the text is wrong, it is read
    /// again with Tomlyn's lexer, so what is refused and why never depends on the first reading.
    /// </summary>
    public static TomlTableNode? Parse(string text, string file, out TomlParseFailure? failure, out TomlTreeBuilder builder, bool plainLexerFirst = true)
    {
        if (plainLexerFirst && ParsePlain(text, file, out builder) is { } plain)
        {
            failure = null;
            return plain;
        }

        builder = new TomlTreeBuilder(file);
        if (text.StartsWith('\uFEFF'))
        {
            // A file's own byte-order mark is gone by now (SpecFileReader strips one); the lexer would skip a second.
            failure = new TomlParseFailure(DiagnosticCatalog.TomlSyntax, new SourceLocation(file, 1, 1, 1, 2),
                "The text starts with a byte-order mark (U+FEFF) after the one a UTF-8 file may begin with; TOML allows at most one. "
                + "Delete the extra mark: re-save the file as UTF-8 (with or without a BOM) in an editor that shows invisible characters.",
                DescribeWithSyntaxTree: false);
            return null;
        }

        var parser = new TomlTokenParser(text, file, builder, plain: null);
        var document = parser.ParseDocument();
        if (document is not null && parser._lexer!.HasErrors)
        {
            // An error inside a token (a bad escape, say) leaves the token in place; the lexer says what it was.
            var error = parser._lexer.Errors.First(e => e.Kind == DiagnosticMessageKind.Error);
            parser._failure = new TomlParseFailure(DiagnosticCatalog.TomlSyntax, SpanConverter.ToLocation(error.Span, file), error.Message, DescribeWithSyntaxTree: true);
            document = null;
        }

        failure = parser._failure;
        return document;
    }

    /// <summary>The tree read with <see cref="PlainTomlLexer"/>, or null when it gave up or the text is not valid TOML 1.0.</summary>
    internal static TomlTableNode? ParsePlain(string text, string file, out TomlTreeBuilder builder)
    {
        builder = new TomlTreeBuilder(file);
        if (text.StartsWith('\uFEFF'))
        {
            return null;
        }

        if (text.Length >= HalvesFrom && Environment.ProcessorCount > 1)
        {
            if (ParseInHalves(text, file, builder, out var notPlain) is { } tree)
            {
                return tree;
            }

            if (notPlain)
            {
                return null;
            }

            builder = new TomlTreeBuilder(file); // the halves may have left part of a tree in the first
        }

        return new TomlTokenParser(text, file, builder, new PlainTomlLexer(text)).ParseDocument();
    }

    private TomlTableNode? ParseDocument()
    {
        // Null while the key-values under a header that could not be opened are read (and left out).
        TomlTableNode? target = _builder.Root;
        Next(TomlLexerMode.Key);
        while (true)
        {
            switch (_token.Kind)
            {
                case TokenKind.NewLine:
                    Next(TomlLexerMode.Key);
                    continue;
                case TokenKind.Eof:
                    return _builder.Root;
                case TokenKind.OpenBracket or TokenKind.OpenBracketDouble:
                    var isArray = _token.Kind == TokenKind.OpenBracketDouble;
                    Next(TomlLexerMode.Key);
                    var name = ReadKey();
                    if (name is null)
                    {
                        return null;
                    }

                    if (_token.Kind != (isArray ? TokenKind.CloseBracketDouble : TokenKind.CloseBracket))
                    {
                        return Fail<TomlTableNode>(isArray ? "Expected ']]' to close the table array header." : "Expected ']' to close the table header.", _token);
                    }

                    target = _recorded is not null ? RecordHeader(isArray, name)
                        : isArray ? _builder.OpenArrayOfTables(name) : _builder.OpenTable(name);
                    Next(TomlLexerMode.Key);
                    break;
                default:
                    if (!ReadKeyValue(target))
                    {
                        return null;
                    }

                    Next(TomlLexerMode.Key);
                    break;
            }

            if (_token.Kind is not (TokenKind.NewLine or TokenKind.Eof))
            {
                return Fail<TomlTableNode>("Expected a line break after a key-value or table header.", _token);
            }
        }
    }

    /// <summary>
    /// At the first token of a key; reads the key-value into <paramref name="table"/> (none: read and
    /// left out) and leaves the current token on the last token of the value. False at a syntax error.
    /// </summary>
    private bool ReadKeyValue(TomlTableNode? table)
    {
        var key = ReadKey();
        if (key is null)
        {
            return false;
        }

        if (_token.Kind != TokenKind.Equal)
        {
            Fail<object>("Expected '=' after the key.", _token);
            return false;
        }

        if (_recorded is not null && ReferenceEquals(table, _recordingTarget))
        {
            return RecordKeyValue(key);
        }

        // The key is placed before its value is read (a nested inline table reuses the key buffer).
        var last = key[^1];
        var parent = table is null ? null : _builder.ParentOfKey(table, key);
        if (parent is null)
        {
            _builder.Mute();
        }

        Next(TomlLexerMode.Value);
        var value = ReadValue();
        if (parent is null)
        {
            _builder.Unmute();
        }
        else if (value is not null)
        {
            _builder.Add(parent, last, value);
        }

        return value is not null;
    }

    /// <summary>At the first segment; leaves the current token on the one after the key. The list is reused by the next key.</summary>
    private List<TomlKeySegment>? ReadKey()
    {
        var segments = _segments;
        segments.Clear();
        while (true)
        {
            string? name = _token.Kind switch
            {
                TokenKind.BasicKey => KeyName(_token.Start.Offset, _token.End.Offset - _token.Start.Offset + 1),
                TokenKind.String or TokenKind.StringLiteral => StringOf(_token),
                _ => null,
            };
            if (name is null)
            {
                return Fail<List<TomlKeySegment>>("Expected a key.", _token);
            }

            if (_token.Kind == TokenKind.String && TomlVersionCheck.BasicString(RawText(_token), out var escape) is { } message)
            {
                return FailVersion11<List<TomlKeySegment>>(message, LocationIn(_token, escape, 2));
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
    private TomlNode? ReadValue()
    {
        var token = _token;
        switch (token.Kind)
        {
            case TokenKind.String or TokenKind.StringMulti:
                return TomlVersionCheck.BasicString(RawText(token), out var escape) is { } message
                    ? FailVersion11<TomlNode>(message, LocationIn(token, escape, 2))
                    : new TomlScalarNode(Location(token.Start, token.End), TomlScalarKind.String, SharedValue(token));
            case TokenKind.StringLiteral or TokenKind.StringLiteralMulti:
                return new TomlScalarNode(Location(token.Start, token.End), TomlScalarKind.String, SharedValue(token));
            case TokenKind.Integer or TokenKind.IntegerHexa or TokenKind.IntegerOctal or TokenKind.IntegerBinary:
                return new TomlScalarNode(Location(token.Start, token.End), TomlScalarKind.Integer, unchecked((long)token.Data));
            case TokenKind.Float:
                return new TomlScalarNode(Location(token.Start, token.End), TomlScalarKind.Float, BitConverter.Int64BitsToDouble(unchecked((long)token.Data)));
            case TokenKind.True or TokenKind.False:
                return new TomlScalarNode(Location(token.Start, token.End), TomlScalarKind.Boolean, token.Kind == TokenKind.True ? BoxedTrue : BoxedFalse);
            case TokenKind.Infinite or TokenKind.PositiveInfinite:
                return new TomlScalarNode(Location(token.Start, token.End), TomlScalarKind.Float, double.PositiveInfinity);
            case TokenKind.NegativeInfinite:
                return new TomlScalarNode(Location(token.Start, token.End), TomlScalarKind.Float, double.NegativeInfinity);
            case TokenKind.Nan or TokenKind.PositiveNan or TokenKind.NegativeNan:
                return new TomlScalarNode(Location(token.Start, token.End), TomlScalarKind.Float, double.NaN);
            case TokenKind.LocalDate:
                return new TomlScalarNode(Location(token.Start, token.End), TomlScalarKind.DateTime, RawText(token).ToString());
            case TokenKind.OffsetDateTimeByZ or TokenKind.OffsetDateTimeByNumber or TokenKind.LocalDateTime or TokenKind.LocalTime:
                return TomlVersionCheck.DateTime(RawText(token)) is { } seconds
                    ? FailVersion11<TomlNode>(seconds, Location(token.Start, token.End))
                    : new TomlScalarNode(Location(token.Start, token.End), TomlScalarKind.DateTime, RawText(token).ToString());
            case TokenKind.OpenBracket or TokenKind.OpenBrace:
                // ReadArray and ReadInlineTable step back out (_depth--) when they close.
                _depth++;
                if (_depth > TomlDocumentParser.MaxNesting)
                {
                    _failure = new TomlParseFailure(DiagnosticCatalog.InputLimit, Location(token.Start, token.Start), TomlDocumentParser.NestedTooDeep, DescribeWithSyntaxTree: false);
                    return null;
                }

                return token.Kind == TokenKind.OpenBracket ? ReadArray(token) : ReadInlineTable(token);
            default:
                return Fail<TomlNode>("Expected a value: a string, number, boolean, date-time, array or inline table.", token);
        }
    }

    private TomlArrayNode? ReadArray(TomlToken open)
    {
        var array = new TomlArrayNode(Location(open.Start, open.End), isArrayOfTables: false);
        NextSkippingNewLines();
        while (_token.Kind != TokenKind.CloseBracket)
        {
            if (ReadValue() is not { } item)
            {
                return null;
            }

            array.Items.Add(item);
            NextSkippingNewLines();
            if (_token.Kind == TokenKind.Comma)
            {
                NextSkippingNewLines();
            }
            else if (_token.Kind != TokenKind.CloseBracket)
            {
                return Fail<TomlArrayNode>("Expected ',' or ']' in the array.", _token);
            }
        }

        _depth--;
        array.Location = Location(open.Start, _token.End);
        return array;
    }

    private TomlTableNode? ReadInlineTable(TomlToken open)
    {
        // Dotted keys may add to it while it is read; it is closed to everything once read.
        var table = new TomlTableNode(Location(open.Start, open.End), TomlTableOrigin.DottedKey);
        if (!NextInInlineTable())
        {
            return null;
        }

        if (_token.Kind != TokenKind.CloseBrace)
        {
            while (true)
            {
                if (!ReadKeyValue(table))
                {
                    return null;
                }

                if (!NextInInlineTable())
                {
                    return null;
                }

                if (_token.Kind == TokenKind.CloseBrace)
                {
                    break;
                }

                if (_token.Kind != TokenKind.Comma)
                {
                    return Fail<TomlTableNode>("Expected ',' or '}' in the inline table.", _token);
                }

                var comma = _token;
                if (!NextInInlineTable())
                {
                    return null;
                }

                if (_token.Kind == TokenKind.CloseBrace)
                {
                    return FailVersion11<TomlTableNode>(TomlVersionCheck.InlineTableTrailingComma, Location(comma.Start, comma.End));
                }
            }
        }

        _depth--;
        table.Location = Location(open.Start, _token.End);
        table.Origin = TomlTableOrigin.Inline;
        return table;
    }

    /// <summary>
    /// A bare key's text. A spec repeats a few key names thousands of times (name, host, container,
    /// ...), so short ones are shared instead of allocated again for every occurrence.
    /// </summary>
    private string KeyName(int start, int length)
    {
        var span = _text.AsSpan(start, length);
        return length > 32 ? span.ToString() : Shared(_keyNames, span, made: null);
    }

    /// <summary>
    /// A short string value, shared with earlier equal ones: a spec repeats a few values thousands of
    /// times (protocol = "tcp", a group's name, "/health"), and the tree and the spec keep one copy.
    /// </summary>
    private string SharedValue(TomlToken token)
    {
        if (token.StringValue is { } value)
        {
            return value.Length is 0 or > 32 ? value : Shared(_values, value, value);
        }

        var plain = PlainString(token);
        return plain.Length switch
        {
            0 => string.Empty,
            > 32 => plain.ToString(),
            _ => Shared(_values, plain, made: null),
        };
    }

    /// <summary>A string token's value: Tomlyn's lexer decodes it; <see cref="PlainTomlLexer"/> leaves it between the quotes.</summary>
    private string StringOf(TomlToken token) => token.StringValue ?? PlainString(token).ToString();

    private ReadOnlySpan<char> PlainString(TomlToken token) => _text.AsSpan(token.Start.Offset + 1, token.End.Offset - token.Start.Offset - 1);

    /// <summary>
    /// The string equal to <paramref name="text"/> kept in its slot of <paramref name="cache"/>, or (kept there from now
    /// on) <paramref name="made"/>, or a new one when none was made yet.
    /// </summary>
    private static string Shared(string?[] cache, ReadOnlySpan<char> text, string? made)
    {
        var slot = (string.GetHashCode(text) & int.MaxValue) % cache.Length;
        var cached = cache[slot];
        if (cached is not null && text.SequenceEqual(cached))
        {
            return cached;
        }

        return cache[slot] = made ?? text.ToString();
    }

    /// <summary>TOML 1.0 keeps an inline table on one line; false (with the failure set) at a line break.</summary>
    private bool NextInInlineTable()
    {
        Next(TomlLexerMode.Key);
        if (_token.Kind != TokenKind.NewLine)
        {
            return true;
        }

        if (_lastComment is { } comment)
        {
            FailVersion11<object>(TomlVersionCheck.InlineTableComment, Location(comment.Start, comment.Start));
        }
        else
        {
            FailVersion11<object>(TomlVersionCheck.InlineTableNewLine, Location(_token.Start, _token.Start));
        }

        return false;
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
        if (_plainLexer is not null)
        {
            _token = _plainLexer.Next(mode);
            if (_token.Kind == TokenKind.Invalid)
            {
                Fail<object>("Not plain TOML; read again with Tomlyn's lexer.", _token);
            }

            return;
        }

        _lexer!.Mode = mode;
        _lastComment = null;
        do
        {
            if (!_lexer.MoveNext())
            {
                _token = new TomlToken(TokenKind.Eof, default, default, null, 0);
                return;
            }

            _token = _lexer.Current;
            if (_token.Kind == TokenKind.Comment)
            {
                _lastComment = _token;
            }
        }
        while (_token.Kind is TokenKind.Whitespaces or TokenKind.Comment);

        if (_token.Kind == TokenKind.Invalid)
        {
            Fail<object>("Unexpected character.", _token); // no rule expects this kind, so the caller stops here
        }
    }

    /// <summary>Where <paramref name="length"/> characters at <paramref name="index"/> of a token's text are (a multi-line string spans lines).</summary>
    private SourceLocation LocationIn(TomlToken token, int index, int length)
    {
        var before = RawText(token)[..index];
        var lines = before.Count('\n');
        var line = token.Start.Line + lines;
        var column = lines == 0 ? token.Start.Column + index : index - before.LastIndexOf('\n') - 1;
        return SpanConverter.ToLocation(line, column, line, column + length - 1, _file);
    }

    private ReadOnlySpan<char> RawText(TomlToken token) => _text.AsSpan(token.Start.Offset, token.End.Offset - token.Start.Offset + 1);

    /// <summary>Stops parsing at a syntax error; Tomlyn's syntax tree will describe it if it can.</summary>
    private T? Fail<T>(string message, TomlToken at)
        where T : class
    {
        _failure ??= new TomlParseFailure(DiagnosticCatalog.TomlSyntax, Location(at.Start, at.Start), message, DescribeWithSyntaxTree: true);
        return null;
    }

    /// <summary>Stops parsing at TOML 1.1 syntax, which Tomlyn accepts and so cannot describe.</summary>
    private T? FailVersion11<T>(string message, SourceLocation at)
        where T : class
    {
        _failure ??= new TomlParseFailure(DiagnosticCatalog.TomlSyntax, at, message, DescribeWithSyntaxTree: false);
        return null;
    }

    /// <summary>Tomlyn positions are 0-based with an inclusive end; ours are 1-based with an exclusive end column.</summary>
    private SourceLocation Location(TomlTextPosition start, TomlTextPosition end) =>
        SpanConverter.ToLocation(start.Line, start.Column, end.Line, end.Column, _file);
}
