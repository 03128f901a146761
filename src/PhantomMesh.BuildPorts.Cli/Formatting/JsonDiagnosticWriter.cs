using System.Text.Json;
using PhantomMesh.BuildPorts.Diagnostics;

namespace PhantomMesh.BuildPorts.Cli.Formatting;

/// <summary>A JSON array, one object per diagnostic, for scripts.</summary>
internal sealed class JsonDiagnosticWriter : IDiagnosticWriter
{
    public void Write(IReadOnlyList<Diagnostic> diagnostics, TextWriter output)
    {
        JsonOutput.Write(output, json =>
        {
            json.WriteStartArray();
            foreach (var diagnostic in diagnostics)
            {
                json.WriteStartObject();
                json.WriteString("code", diagnostic.Code);
                json.WriteString("severity", diagnostic.IsError ? "error" : "warning");
                json.WriteString("title", diagnostic.Descriptor.Title);
                json.WriteString("message", diagnostic.Message);
                json.WriteString("environment", diagnostic.Environment);
                WriteLocation(json, "location", diagnostic.Location);
                json.WriteString("help", diagnostic.Help);
                json.WriteString("helpLink", diagnostic.Descriptor.HelpLink);
                json.WriteStartArray("related");
                foreach (var related in diagnostic.Related)
                {
                    json.WriteStartObject();
                    json.WriteString("message", related.Message);
                    WriteLocation(json, "location", related.Location);
                    json.WriteEndObject();
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndArray();
        });
    }

    private static void WriteLocation(Utf8JsonWriter json, string name, SourceLocation location)
    {
        json.WriteStartObject(name);
        json.WriteString("file", location.File);
        json.WriteNumber("line", location.Line);
        json.WriteNumber("column", location.Column);
        json.WriteNumber("endLine", location.EndLine);
        json.WriteNumber("endColumn", location.EndColumn);
        json.WriteEndObject();
    }
}
