using System.Text.Json;
using PhantomMesh.BuildPorts.Tests.Infrastructure;

namespace PhantomMesh.BuildPorts.Tests.Schema;

/// <summary>The schema file itself: valid JSON, draft-07, documented and closed everywhere.</summary>
public sealed class SchemaDocumentTests
{
    private static JsonElement LoadSchema()
    {
        using var document = JsonDocument.Parse(File.ReadAllText(RepoPaths.SchemaFile));
        return document.RootElement.Clone();
    }

    [Fact]
    public void Schema_parses_as_draft_07_json()
    {
        var schema = LoadSchema();

        Assert.Equal("http://json-schema.org/draft-07/schema#", schema.GetProperty("$schema").GetString());
        Assert.Equal("object", schema.GetProperty("type").GetString());
    }

    [Fact]
    public void Schema_describes_exactly_the_top_level_tables_of_the_format()
    {
        var schema = LoadSchema();

        var names = schema.GetProperty("properties").EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal);
        Assert.Equal(["alerts", "containers", "environments", "groups", "includes", "project", "reserved"], names);
        Assert.Equal(["project"], schema.GetProperty("required").EnumerateArray().Select(e => e.GetString()));
    }

    [Fact]
    public void Every_property_has_a_title_and_a_description_for_editors()
    {
        var schema = LoadSchema();
        var undocumented = new List<string>();

        foreach (var (path, property) in SchemaWalker.Properties(schema))
        {
            var documented = SchemaWalker.Resolve(schema, property);
            if (!documented.TryGetProperty("title", out _) || !documented.TryGetProperty("description", out _))
            {
                undocumented.Add(path);
            }
        }

        Assert.Empty(undocumented);
    }

    [Fact]
    public void Every_table_with_known_keys_rejects_unknown_keys()
    {
        var schema = LoadSchema();

        var open = SchemaWalker.Subschemas(schema)
            .Where(s => s.Schema.TryGetProperty("properties", out _))
            .Where(s => !s.Schema.TryGetProperty("additionalProperties", out var extra)
                        || extra.ValueKind != JsonValueKind.False)
            .Select(s => s.Path)
            .ToList();

        Assert.Empty(open);
    }
}
