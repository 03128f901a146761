using YamlDotNet.RepresentationModel;

namespace PhantomMesh.BuildPorts.Tests.Rendering.Generated;

/// <summary>Reads generated YAML back the way a consumer does, to find the exact strings in it.</summary>
public static class Yaml
{
    /// <summary>The root node of each document of <paramref name="text"/>.</summary>
    public static IReadOnlyList<YamlNode> Documents(string text)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(text));
        return stream.Documents.Select(d => d.RootNode).ToList();
    }

    public static YamlNode Load(string text) => Assert.Single(Documents(text));

    /// <summary>The node at a path of mapping keys (strings) and sequence indexes (ints).</summary>
    public static YamlNode At(this YamlNode node, params object[] path)
    {
        foreach (var step in path)
        {
            node = step switch
            {
                string key => ((YamlMappingNode)node).Children[new YamlScalarNode(key)],
                int index => ((YamlSequenceNode)node).Children[index],
                _ => throw new ArgumentException($"path steps are strings or ints, not {step}"),
            };
        }

        return node;
    }

    public static string Text(this YamlNode node, params object[] path) => ((YamlScalarNode)node.At(path)).Value!;

    public static IReadOnlyList<YamlNode> Items(this YamlNode node, params object[] path) => [.. ((YamlSequenceNode)node.At(path)).Children];

    public static IReadOnlyList<string> Keys(this YamlNode node, params object[] path)
        => [.. ((YamlMappingNode)node.At(path)).Children.Keys.Select(k => ((YamlScalarNode)k).Value!)];
}
