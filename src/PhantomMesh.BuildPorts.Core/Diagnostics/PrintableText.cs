namespace PhantomMesh.BuildPorts.Diagnostics;

/// <summary>Text from an input file made safe for a one-line message.</summary>
internal static class PrintableText
{
    /// <summary>Control characters become '?', and the text is cut at <paramref name="maxLength"/> characters.</summary>
    public static string Of(string text, int maxLength = 80)
        => new(text.Take(maxLength).Select(c => char.IsControl(c) ? '?' : c).ToArray());
}
