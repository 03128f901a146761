namespace PhantomMesh.BuildPorts.Tests.Support;

/// <summary>
/// Spec text with one <c>⟪</c> marking where a diagnostic must point. The marker is removed and
/// its 1-based line and column are kept, so a test states the position where it is visible.
/// </summary>
public sealed record MarkedText(string Text, int Line, int Column)
{
    public const char Marker = '⟪';

    public static MarkedText Parse(string marked)
    {
        var index = marked.IndexOf(Marker, StringComparison.Ordinal);
        if (index < 0)
        {
            throw new ArgumentException("The text has no position marker.", nameof(marked));
        }

        var before = marked[..index];
        var line = before.Count(c => c == '\n') + 1;
        var column = index - (before.LastIndexOf('\n') + 1) + 1;
        return new MarkedText(marked.Remove(index, 1), line, column);
    }
}
