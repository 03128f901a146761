using PhantomMesh.BuildPorts.Diagnostics;
using PhantomMesh.BuildPorts.Threading;
using Tomlyn.Parsing;

namespace PhantomMesh.BuildPorts.Loading.Toml;

/// <summary>
/// A large plain text is read as two halves at once, cut at a line that opens a table header. The second
/// half's headers and key-values are recorded as read (its values built in full), then applied to the first
/// half's tree in order, as a reading in one go would apply them. The cut is only kept when both halves read
/// to their end: a cut inside a multi-line array, say, makes the first half end too early and fail. Anything
/// short of a clean reading (a half that fails, a key or table defined twice) returns null, and the text is
/// read in one go, so a reading in halves never changes what is accepted, refused or reported.
/// </summary>
internal sealed partial class TomlTokenParser
{
    /// <summary>From this many characters of text (about 800 ports) a second thread reads faster than it costs to start.</summary>
    internal const int HalvesFrom = 128 * 1024;

    /// <summary>Headers and key-values of the second half, in the order read; set only in the parser of a second half.</summary>
    private List<RecordedLine>? _recorded;

    /// <summary>The table the recording parser reads a header's key-values into: it is never built, only recorded.</summary>
    private TomlTableNode? _recordingTarget;

    /// <summary>A header (no value) or a key-value of the second half, with its key's segments.</summary>
    private readonly record struct RecordedLine(bool IsArrayHeader, List<TomlKeySegment> Key, TomlNode? Value);

    /// <summary>
    /// The tree read in two halves into <paramref name="builder"/>, or null when the text is not cut or not read cleanly
    /// that way; <paramref name="notPlain"/> then says whether the plain lexer gave up where a reading in one go would too
    /// (in the first half, or in the second behind a cut that held), so that reading need not be tried.
    /// </summary>
    internal static TomlTableNode? ParseInHalves(string text, string file, TomlTreeBuilder builder, out bool notPlain, int? cutNear = null)
    {
        notPlain = false;
        if (FindCut(text, cutNear ?? (text.Length / 2)) is not { } cut)
        {
            return null;
        }

        var firstLexer = new PlainTomlLexer(text, 0, cut, line: 0);
        var (firstTree, (second, secondTree)) = SideBySide.Both(
            () => new TomlTokenParser(text, file, builder, firstLexer).ParseDocument(),
            () => RecordSecondHalf(text, file, cut));
        notPlain = firstLexer.GaveUp || (firstTree is not null && second._plainLexer!.GaveUp);
        if (firstTree is null || secondTree is null || builder.HasDuplicates || second._builder.HasDuplicates)
        {
            return null;
        }

        return Apply(second._recorded!, builder) ? firstTree : null;
    }

    /// <summary>The start of the first line at or after <paramref name="near"/> that opens with '[' (a header, if the cut holds).</summary>
    private static int? FindCut(string text, int near)
    {
        var at = near <= 0 ? -1 : text.AsSpan(near - 1).IndexOf("\n[", StringComparison.Ordinal);
        return at < 0 ? null : near - 1 + at + 1;
    }

    private static (TomlTokenParser Parser, TomlTableNode? Tree) RecordSecondHalf(string text, string file, int cut)
    {
        var line = text.AsSpan(0, cut).Count('\n');
        var parser = new TomlTokenParser(text, file, new TomlTreeBuilder(file), new PlainTomlLexer(text, cut, text.Length, line))
        {
            _recorded = new List<RecordedLine>(capacity: 1024),
            _recordingTarget = new TomlTableNode(SourceLocation.StartOf(file), TomlTableOrigin.Header),
        };
        return (parser, parser.ParseDocument());
    }

    /// <summary>Applies the second half's lines as ParseDocument would have; false where one could not be placed (a duplicate).</summary>
    private static bool Apply(List<RecordedLine> lines, TomlTreeBuilder builder)
    {
        // The second half opens with a header, so a key-value always has the target its header opened.
        TomlTableNode? target = null;
        foreach (var (isArrayHeader, key, value) in lines)
        {
            if (value is null)
            {
                target = isArrayHeader ? builder.OpenArrayOfTables(key) : builder.OpenTable(key);
            }
            else if (builder.ParentOfKey(target!, key) is { } parent)
            {
                builder.Add(parent, key[^1], value);
            }
            else
            {
                return false;
            }

            if (target is null || builder.HasDuplicates)
            {
                return false;
            }
        }

        return true;
    }

    private TomlTableNode RecordHeader(bool isArray, List<TomlKeySegment> name)
    {
        _recorded!.Add(new RecordedLine(isArray, [.. name], null));
        return _recordingTarget!;
    }

    /// <summary>After the '=' of a key-value under a recorded header: reads the value and records both.</summary>
    private bool RecordKeyValue(List<TomlKeySegment> key)
    {
        List<TomlKeySegment> segments = [.. key]; // a nested inline table reuses the key buffer
        Next(TomlLexerMode.Value);
        if (ReadValue() is not { } value)
        {
            return false;
        }

        _recorded!.Add(new RecordedLine(false, segments, value));
        return true;
    }
}
