using System.Text.Encodings.Web;
using System.Text.Json;

namespace PhantomMesh.BuildPorts.Cli.Formatting;

/// <summary>How the CLI writes JSON: indented, and with text as written ('web.http', not \u0027web.http\u0027).</summary>
internal static class JsonOutput
{
    /// <summary>
    /// The relaxed encoder still escapes what JSON requires (quotes, backslashes, control characters);
    /// it only stops escaping HTML-sensitive characters, which matter for JSON embedded in a web page, not here.
    /// </summary>
    public static JsonWriterOptions Options { get; } = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Writes one JSON document, built by <paramref name="body"/>, and a line break.</summary>
    public static void Write(TextWriter output, Action<Utf8JsonWriter> body)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, Options))
        {
            body(json);
        }

        output.WriteLine(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
    }
}
