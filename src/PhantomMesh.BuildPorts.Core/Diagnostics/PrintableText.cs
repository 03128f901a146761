namespace PhantomMesh.BuildPorts.Diagnostics;

/// <summary>Text from an input file made safe for a one-line message: control characters become '?', and it is cut at 80 characters.</summary>
internal static class PrintableText
{
    public static string Of(string text)
        => new(text.Take(80).Select(c => char.IsControl(c) ? '?' : c).ToArray());
}
