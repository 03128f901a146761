namespace PhantomMesh.BuildPorts.Loading.Compose;

/// <summary>A 1-based line and column in a text.</summary>
internal readonly record struct TextPosition(int Line, int Column)
{
    /// <summary>The position of <paramref name="index"/>, counting '\n' as the end of a line.</summary>
    public static TextPosition Of(string text, int index)
    {
        index = Math.Clamp(index, 0, text.Length);
        var lineStart = index == 0 ? 0 : text.LastIndexOf('\n', index - 1) + 1;
        var line = 1 + text.AsSpan(0, lineStart).Count('\n');
        return new TextPosition(line, index - lineStart + 1);
    }
}
