using YamlDotNet.RepresentationModel;

namespace PhantomMesh.BuildPorts.Loading.Compose;

/// <summary>
/// Reads image, build, healthcheck and networks of one service. They decide no port, so a value
/// whose variables cannot be substituted is kept as written instead of being reported: the port
/// reader reports what makes a project's ports unknown, and nothing else.
/// </summary>
internal static class ComposeServiceDetailsReader
{
    public static ComposeServiceDetails Read(YamlMappingNode service, Func<string, string?> lookup)
    {
        string? Text(YamlNode? node) => node is YamlScalarNode { Value: { } raw } && !YamlValues.IsNull(node)
            ? ComposeInterpolation.Interpolate(raw, lookup).Value ?? raw
            : null;

        return new ComposeServiceDetails(
            Text(YamlValues.Get(service, "image")),
            Dockerfile(YamlValues.Get(service, "build"), Text),
            HealthTest(YamlValues.Get(service, "healthcheck"), Text),
            [.. Networks(YamlValues.Get(service, "networks")).Distinct(StringComparer.Ordinal)]);
    }

    /// <summary>The Dockerfile's path from the Compose file's folder: <c>build: ./api</c> is <c>api/Dockerfile</c>.</summary>
    private static string? Dockerfile(YamlNode? build, Func<YamlNode?, string?> text)
    {
        var (context, dockerfile) = build switch
        {
            YamlMappingNode mapping => (text(YamlValues.Get(mapping, "context")) ?? ".", text(YamlValues.Get(mapping, "dockerfile")) ?? "Dockerfile"),
            YamlScalarNode => (text(build) ?? ".", "Dockerfile"),
            _ => (null, null),
        };
        if (context is null || dockerfile is null)
        {
            return null;
        }

        var combined = Path.IsPathRooted(dockerfile) ? dockerfile : Path.Combine(context, dockerfile);
        return Path.GetRelativePath(".", combined).Replace('\\', '/');
    }

    /// <summary>The healthcheck's <c>test</c> as its words (<c>[CMD, curl, ...]</c>, or <c>[CMD-SHELL, "..."]</c> for a string); null when absent or disabled.</summary>
    private static List<string>? HealthTest(YamlNode? healthcheck, Func<YamlNode?, string?> text)
    {
        if (healthcheck is not YamlMappingNode mapping || text(YamlValues.Get(mapping, "disable")) is "true")
        {
            return null;
        }

        return YamlValues.Get(mapping, "test") switch
        {
            YamlSequenceNode words => [.. words.Children.Select(w => text(w) ?? string.Empty)],
            YamlScalarNode scalar when text(scalar) is { Length: > 0 } line => ["CMD-SHELL", line],
            _ => null,
        };
    }

    private static IEnumerable<string> Networks(YamlNode? networks) => networks switch
    {
        YamlSequenceNode list => list.Children.OfType<YamlScalarNode>().Select(n => n.Value ?? string.Empty).Where(n => n.Length > 0),
        YamlMappingNode mapping => YamlValues.Entries(mapping).Select(e => (e.Key as YamlScalarNode)?.Value ?? string.Empty).Where(n => n.Length > 0),
        _ => [],
    };
}
