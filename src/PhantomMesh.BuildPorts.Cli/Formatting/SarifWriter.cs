using System.Text.Json;
using PhantomMesh.BuildPorts.Diagnostics;

namespace PhantomMesh.BuildPorts.Cli.Formatting;

/// <summary>
/// SARIF 2.1.0, the format GitHub code scanning and most CI dashboards upload. Locations inside
/// <paramref name="workingDirectory"/> are relative to it; <paramref name="toolVersion"/> is phantom-gen's.
/// </summary>
internal sealed class SarifWriter(string workingDirectory, string toolVersion) : IDiagnosticWriter
{
    private const string SourceRoot = "SRCROOT";

    public void Write(IReadOnlyList<Diagnostic> diagnostics, TextWriter output)
    {
        var rules = DiagnosticCatalog.All;
        JsonOutput.Write(output, json =>
        {
            json.WriteStartObject();
            json.WriteString("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
            json.WriteString("version", "2.1.0");
            json.WriteStartArray("runs");
            json.WriteStartObject();
            WriteTool(json, rules);
            json.WriteStartObject("originalUriBaseIds");
            json.WriteStartObject(SourceRoot);
            json.WriteString("uri", new Uri(Path.TrimEndingDirectorySeparator(workingDirectory) + Path.DirectorySeparatorChar).AbsoluteUri);
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteStartArray("results");
            foreach (var diagnostic in diagnostics)
            {
                WriteResult(json, diagnostic, rules);
            }

            json.WriteEndArray();
            json.WriteString("columnKind", "utf16CodeUnits");
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
        });
    }

    private void WriteTool(Utf8JsonWriter json, IReadOnlyList<DiagnosticDescriptor> rules)
    {
        json.WriteStartObject("tool");
        json.WriteStartObject("driver");
        json.WriteString("name", "phantom-gen");
        json.WriteString("semanticVersion", toolVersion);
        json.WriteStartArray("rules");
        foreach (var rule in rules)
        {
            json.WriteStartObject();
            json.WriteString("id", rule.Code);
            json.WriteString("name", PascalCase(rule.Title));
            json.WriteStartObject("shortDescription");
            json.WriteString("text", rule.Title);
            json.WriteEndObject();
            json.WriteStartObject("help");
            json.WriteString("text", rule.Help);
            json.WriteEndObject();
            json.WriteString("helpUri", rule.HelpLink);
            json.WriteStartObject("defaultConfiguration");
            json.WriteString("level", rule.DefaultSeverity == DiagnosticSeverity.Error ? "error" : "warning");
            json.WriteEndObject();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private void WriteResult(Utf8JsonWriter json, Diagnostic diagnostic, IReadOnlyList<DiagnosticDescriptor> rules)
    {
        json.WriteStartObject();
        json.WriteString("ruleId", diagnostic.Code);
        json.WriteNumber("ruleIndex", IndexOf(rules, diagnostic.Descriptor));
        json.WriteString("level", diagnostic.IsError ? "error" : "warning");
        json.WriteStartObject("message");
        json.WriteString("text", diagnostic.Message);
        json.WriteEndObject();
        json.WriteStartArray("locations");
        WriteLocation(json, diagnostic.Location, message: null, id: null);
        json.WriteEndArray();
        if (diagnostic.Related.Count > 0)
        {
            json.WriteStartArray("relatedLocations");
            for (var i = 0; i < diagnostic.Related.Count; i++)
            {
                WriteLocation(json, diagnostic.Related[i].Location, diagnostic.Related[i].Message, i + 1);
            }

            json.WriteEndArray();
        }

        if (diagnostic.Environment is { } environment)
        {
            json.WriteStartObject("properties");
            json.WriteString("environment", environment);
            json.WriteEndObject();
        }

        json.WriteEndObject();
    }

    private void WriteLocation(Utf8JsonWriter json, SourceLocation location, string? message, int? id)
    {
        json.WriteStartObject();
        if (id is { } number)
        {
            json.WriteNumber("id", number);
        }

        json.WriteStartObject("physicalLocation");
        json.WriteStartObject("artifactLocation");
        if (RelativePath.Inside(workingDirectory, location.File) is { } relative)
        {
            json.WriteString("uri", relative.Replace(Path.DirectorySeparatorChar, '/'));
            json.WriteString("uriBaseId", SourceRoot);
        }
        else
        {
            json.WriteString("uri", Path.IsPathRooted(location.File) ? new Uri(location.File).AbsoluteUri : location.File);
        }

        json.WriteEndObject();
        json.WriteStartObject("region");
        json.WriteNumber("startLine", Math.Max(location.Line, 1));
        json.WriteNumber("startColumn", Math.Max(location.Column, 1));
        if (location.HasEnd)
        {
            json.WriteNumber("endLine", location.EndLine);
            json.WriteNumber("endColumn", location.EndColumn);
        }

        json.WriteEndObject();
        json.WriteEndObject();
        if (message is not null)
        {
            json.WriteStartObject("message");
            json.WriteString("text", message);
            json.WriteEndObject();
        }

        json.WriteEndObject();
    }

    private static int IndexOf(IReadOnlyList<DiagnosticDescriptor> rules, DiagnosticDescriptor descriptor)
    {
        for (var i = 0; i < rules.Count; i++)
        {
            if (rules[i].Code == descriptor.Code)
            {
                return i;
            }
        }

        return -1;
    }

    private static string PascalCase(string title)
        => string.Concat(title.Split([' ', '-', '\'', '(', ')', '.', ','], StringSplitOptions.RemoveEmptyEntries)
            .Select(w => char.ToUpperInvariant(w[0]) + w[1..]));
}
