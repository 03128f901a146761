using System.Text.Json;

namespace PhantomMesh.BuildPorts.Tests.Schema;

/// <summary>Walks a JSON Schema document: every subschema and every named property, with a readable path.</summary>
internal static class SchemaWalker
{
    public static IEnumerable<(string Path, JsonElement Schema)> Subschemas(JsonElement schema, string path = "#")
    {
        if (schema.ValueKind != JsonValueKind.Object)
        {
            yield break;
        }

        yield return (path, schema);
        foreach (var member in schema.EnumerateObject())
        {
            var children = member.Value.ValueKind switch
            {
                JsonValueKind.Object when IsSchemaMap(member.Name) =>
                    member.Value.EnumerateObject().Select(p => ($"{path}/{member.Name}/{p.Name}", p.Value)),
                JsonValueKind.Object when IsSchema(member.Name) => [($"{path}/{member.Name}", member.Value)],
                JsonValueKind.Array when IsSchemaList(member.Name) =>
                    member.Value.EnumerateArray().Select((e, i) => ($"{path}/{member.Name}/{i}", e)),
                _ => [],
            };
            foreach (var (childPath, child) in children)
            {
                foreach (var nested in Subschemas(child, childPath))
                {
                    yield return nested;
                }
            }
        }
    }

    public static IEnumerable<(string Path, JsonElement Schema)> Properties(JsonElement root) =>
        Subschemas(root)
            .Where(s => s.Schema.TryGetProperty("properties", out _))
            .SelectMany(s => s.Schema.GetProperty("properties").EnumerateObject()
                .Select(p => ($"{s.Path}/properties/{p.Name}", p.Value)));

    /// <summary>The schema a local <c>$ref</c> points at (editors show the target's title and description).</summary>
    public static JsonElement Resolve(JsonElement root, JsonElement schema)
    {
        if (!schema.TryGetProperty("$ref", out var reference))
        {
            return schema;
        }

        var target = root;
        foreach (var segment in reference.GetString()!.TrimStart('#').Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            target = target.GetProperty(segment);
        }

        return target;
    }

    private static bool IsSchemaMap(string keyword) => keyword is "properties" or "definitions" or "patternProperties";

    private static bool IsSchema(string keyword) =>
        keyword is "items" or "additionalProperties" or "propertyNames" or "not" or "if" or "then" or "else";

    private static bool IsSchemaList(string keyword) => keyword is "oneOf" or "anyOf" or "allOf" or "items";
}
