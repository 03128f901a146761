using YamlDotNet.RepresentationModel;

namespace PhantomMesh.BuildPorts.Tests.Import;

/// <summary>
/// The ports of <c>docker-compose config</c> output as comparable tuples. Compose v1 prints some
/// ports in the short syntax and others in the long one, and leaves the protocol out of some.
/// </summary>
public static class ComposeConfigPorts
{
    public static IReadOnlyList<string> Of(string configOutput)
    {
        var root = (YamlMappingNode)Rendering.Generated.Yaml.Load(configOutput);
        var ports = new List<string>();
        if (root.Children.TryGetValue(new YamlScalarNode("services"), out var services))
        {
            foreach (var (name, service) in ((YamlMappingNode)services).Children)
            {
                if (((YamlMappingNode)service).Children.TryGetValue(new YamlScalarNode("ports"), out var list))
                {
                    ports.AddRange(((YamlSequenceNode)list).Children.SelectMany(Canonical).Select(p => $"{((YamlScalarNode)name).Value} {p}"));
                }
            }
        }

        return [.. ports.Order(StringComparer.Ordinal)];
    }

    /// <summary><c>HOST_IP|HOST_PORT|CONTAINER_PORT|PROTOCOL</c>, one per host port of a range.</summary>
    public static IEnumerable<string> Canonical(YamlNode port)
    {
        var (hostIp, published, target, protocol) = Fields(port);
        if (published.Contains('-', StringComparison.Ordinal) && target.Contains('-', StringComparison.Ordinal))
        {
            var (first, last) = Bounds(published);
            var targetFirst = Bounds(target).First;
            return Enumerable.Range(0, last - first + 1).Select(i => $"{hostIp}|{first + i}|{targetFirst + i}|{protocol}");
        }

        return [$"{hostIp}|{published}|{target}|{protocol}"];
    }

    private static (int First, int Last) Bounds(string range)
    {
        var parts = range.Split('-');
        return (int.Parse(parts[0], System.Globalization.CultureInfo.InvariantCulture), int.Parse(parts[^1], System.Globalization.CultureInfo.InvariantCulture));
    }

    private static (string HostIp, string Published, string Target, string Protocol) Fields(YamlNode port)
    {
        if (port is YamlMappingNode mapping)
        {
            string Field(string key, string otherwise) => mapping.Children.TryGetValue(new YamlScalarNode(key), out var v) ? ((YamlScalarNode)v).Value! : otherwise;
            return (Field("host_ip", ""), Field("published", ""), Field("target", ""), Field("protocol", "tcp"));
        }

        var text = ((YamlScalarNode)port).Value!;
        var slash = text.LastIndexOf('/');
        var protocol = slash < 0 ? "tcp" : text[(slash + 1)..];
        var mappingText = slash < 0 ? text : text[..slash];
        var parts = mappingText.Split(':');
        var target = parts[^1];
        var published = parts.Length > 1 ? parts[^2] : "";
        var hostIp = parts.Length > 2 ? string.Join(':', parts[..^2]).Trim('[', ']') : "";
        return (hostIp, published, target, protocol);
    }

    /// <summary>The whole config with each service's ports sorted and its networks written one way (Compose v1 prints a list entry as null in one file and {} once merged).</summary>
    public static string Normalized(string configOutput)
    {
        var root = (YamlMappingNode)Rendering.Generated.Yaml.Load(configOutput);
        if (root.Children.TryGetValue(new YamlScalarNode("services"), out var services))
        {
            foreach (var service in ((YamlMappingNode)services).Children.Values.Cast<YamlMappingNode>())
            {
                if (service.Children.TryGetValue(new YamlScalarNode("ports"), out var list))
                {
                    service.Children[new YamlScalarNode("ports")] = new YamlSequenceNode(((YamlSequenceNode)list).Children.SelectMany(Canonical).Order(StringComparer.Ordinal).Select(p => new YamlScalarNode(p)));
                }

                if (service.Children.TryGetValue(new YamlScalarNode("networks"), out var networks) && networks is YamlMappingNode networkMap)
                {
                    foreach (var key in networkMap.Children.Keys.ToList())
                    {
                        if (networkMap.Children[key] is YamlScalarNode { Value: null or "" or "null" } || networkMap.Children[key] is YamlMappingNode { Children.Count: 0 })
                        {
                            networkMap.Children[key] = new YamlScalarNode("null");
                        }
                    }
                }
            }
        }

        var stream = new YamlStream(new YamlDocument(root));
        using var writer = new StringWriter();
        stream.Save(writer, assignAnchors: false);
        return writer.ToString();
    }
}
