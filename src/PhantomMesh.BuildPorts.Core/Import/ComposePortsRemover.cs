using PhantomMesh.BuildPorts.Diagnostics;
using PhantomMesh.BuildPorts.Loading.Compose;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace PhantomMesh.BuildPorts.Import;

/// <summary>
/// A Compose file without the <c>ports:</c> of its services, everything else kept as written
/// (comments, order, anchors): the lines of each block-style <c>ports:</c> key and its value are
/// removed. A service written as a flow mapping (<c>web: { image: x, ports: [...] }</c>) cannot lose
/// one key by lines and is reported instead.
/// </summary>
public static class ComposePortsRemover
{
    public sealed record Result(string Text, IReadOnlyList<string> Kept);

    public static Result? Remove(SourceText file, DiagnosticBag diagnostics)
    {
        var documents = ComposeYamlParser.Parse(file.Text, file.Path, diagnostics);
        if (documents is null)
        {
            return null;
        }

        var removed = new List<(int First, int Last)>();
        var kept = new List<string>();
        foreach (var document in documents)
        {
            if (document.RootNode is not YamlMappingNode top || YamlValues.Get(top, "services") is not YamlMappingNode services)
            {
                continue;
            }

            foreach (var (name, value) in YamlValues.Entries(services))
            {
                if (value is not YamlMappingNode service || PortsKey(service) is not { } ports)
                {
                    continue;
                }

                if (service.Style == MappingStyle.Flow)
                {
                    kept.Add($"{Path.GetFileName(file.Path)}:{ports.Key.Start.Line}: service '{(name as YamlScalarNode)?.Value}' is a flow mapping; remove its ports by hand.");
                    continue;
                }

                var keyLine = (int)ports.Key.Start.Line;
                removed.Add((keyLine, Math.Max(keyLine, LastLine(ports.Value))));
            }
        }

        return new Result(WithoutLines(file.Text, removed), kept);
    }

    private static KeyValuePair<YamlNode, YamlNode>? PortsKey(YamlMappingNode service)
    {
        foreach (var entry in service.Children)
        {
            if (entry.Key is YamlScalarNode { Value: "ports" })
            {
                return entry;
            }
        }

        return null;
    }

    /// <summary>The last line holding the value's text (a block node's end mark lies at the next token, which may be lines below).</summary>
    private static int LastLine(YamlNode node) => node switch
    {
        YamlSequenceNode { Style: SequenceStyle.Block, Children.Count: > 0 } sequence => LastLine(sequence.Children[^1]),
        YamlMappingNode { Style: MappingStyle.Block, Children.Count: > 0 } mapping => LastLine(mapping.Children.Last().Value),
        YamlScalarNode { Value: null or "" } => 0,
        YamlScalarNode { Style: ScalarStyle.Literal or ScalarStyle.Folded } scalar => Math.Max((int)scalar.Start.Line, (int)scalar.End.Line - 1),
        _ => (int)node.End.Line,
    };

    private static string WithoutLines(string text, List<(int First, int Last)> removed)
    {
        var lines = text.Split('\n');
        var drop = new bool[lines.Length + 1];
        foreach (var (first, last) in removed)
        {
            for (var line = first; line <= last && line <= lines.Length; line++)
            {
                drop[line] = true;
            }
        }

        return string.Join('\n', lines.Where((_, index) => !drop[index + 1]));
    }
}
