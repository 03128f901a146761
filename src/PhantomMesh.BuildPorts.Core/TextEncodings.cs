using System.Text;

namespace PhantomMesh.BuildPorts;

/// <summary>How the tool reads and writes text: UTF-8 without a byte order mark, and strict when reading input.</summary>
internal static class TextEncodings
{
    /// <summary>Throws on invalid bytes, so a spec or template that is not UTF-8 becomes a diagnostic rather than replacement characters.</summary>
    public static UTF8Encoding StrictUtf8 { get; } = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static UTF8Encoding Utf8WithoutBom { get; } = new(encoderShouldEmitUTF8Identifier: false);

    public static string StripBom(string text) => text.Length > 0 && text[0] == '\uFEFF' ? text[1..] : text;
}
