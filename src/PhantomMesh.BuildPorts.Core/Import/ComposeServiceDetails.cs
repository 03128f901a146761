using PhantomMesh.BuildPorts.Diagnostics;
using PhantomMesh.BuildPorts.Loading.Compose;
using YamlDotNet.RepresentationModel;

namespace PhantomMesh.BuildPorts.Import;

/// <summary>What an import carries of a service besides its ports: image, build, health check and networks.</summary>
internal sealed record ServiceDetails(string? Image, string? Dockerfile, IReadOnlyList<string>? HealthTest, IReadOnlyList<string> Networks);

/// <summary>
/// Reads image, build, healthcheck and networks of every service, merged in file order as Compose
/// merges them (a later value wins; networks add up). The port reader reports every problem of the
/// files; this pass only takes what it can read.
/// </summary>
internal static class ComposeServiceDetails
{
    public static Dictionary<string, ServiceDetails> Read(IEnumerable<SourceText> files, Func<string, string?> lookup)
    {
        var details = new Dictionary<string, ServiceDetails>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            foreach (var document in ComposeYamlParser.Parse(file.Text, file.Path, new DiagnosticBag()) ?? [])
            {
                if (document.RootNode is YamlMappingNode top && YamlValues.Get(top, "services") is YamlMappingNode services)
                {
                    foreach (var (key, value) in YamlValues.Entries(services))
                    {
                        if (key is YamlScalarNode { Value: { Length: > 0 } name } && value is YamlMappingNode service)
                        {
                            details[name] = Merge(details.GetValueOrDefault(name), service, lookup);
                        }
                    }
                }
            }
        }

        return details;
    }

    private static ServiceDetails Merge(ServiceDetails? earlier, YamlMappingNode service, Func<string, string?> lookup)
    {
        string? Text(YamlNode? node) => node is YamlScalarNode { Value: { } raw } && !YamlValues.IsNull(node)
            ? ComposeInterpolation.Interpolate(raw, lookup).Value ?? raw
            : null;

        var image = Text(YamlValues.Get(service, "image")) ?? earlier?.Image;
        var dockerfile = Dockerfile(YamlValues.Get(service, "build"), Text) ?? earlier?.Dockerfile;
        var health = HealthTest(YamlValues.Get(service, "healthcheck"), Text) ?? earlier?.HealthTest;
        var networks = (earlier?.Networks ?? []).Concat(Networks(YamlValues.Get(service, "networks"))).Distinct(StringComparer.Ordinal).ToList();
        return new ServiceDetails(image, dockerfile, health, networks);
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
        var relative = Path.GetRelativePath(".", combined).Replace('\\', '/');
        return relative;
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
