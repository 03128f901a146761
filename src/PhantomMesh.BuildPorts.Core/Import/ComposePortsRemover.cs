using PhantomMesh.BuildPorts.Diagnostics;
using PhantomMesh.BuildPorts.Loading.Compose;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace PhantomMesh.BuildPorts.Import;

/// <summary>
/// A Compose file without the ports entries an import carried into the spec (the importer decides,
/// by where each entry is written), everything else kept as written (comments, order, anchors). A
/// <c>ports:</c> whose entries were all carried goes with its lines (a <c>!reset</c> or <c>!override</c>
/// one becomes an empty list of that tag, so it still drops the earlier files' ports); an entry the spec
/// cannot carry (no host port, a host-network service) stays. A service written as a flow mapping
/// cannot lose a key by lines and is reported instead.
/// </summary>
internal static class ComposePortsRemover
{
    internal sealed record Result(string Text, IReadOnlyList<string> Kept);

    private sealed record Edit(int Start, int End, string Replacement);

    /// <param name="carried">Where the entries the spec carries are written (<see cref="ImportedPort.Entries"/>).</param>
    public static Result? Remove(SourceText file, IReadOnlySet<SourceLocation> carried, DiagnosticBag diagnostics)
    {
        var documents = ComposeYamlParser.Parse(file.Text, file.Path, diagnostics);
        if (documents is null)
        {
            return null;
        }

        bool IsCarried(YamlNode entry) => carried.Contains(YamlLocation.Of(file.Path, entry));
        var lines = new LineStarts(file.Text);
        var edits = new List<Edit>();
        var kept = new List<string>();
        foreach (var (name, service) in documents.SelectMany(Services))
        {
            if (PortsKey(service) is not { } ports || ports.Value is not YamlSequenceNode list || !list.Children.Any(IsCarried))
            {
                continue;
            }

            if (service.Style == MappingStyle.Flow)
            {
                kept.Add($"{ComposeImporter.Where(YamlLocation.Of(file.Path, ports.Key))}: service '{name}' is a flow mapping; remove its ports by hand.");
                continue;
            }

            edits.AddRange(EditsFor(file.Text, lines, ports.Key, list, IsCarried));
        }

        return new Result(Apply(file.Text, edits), kept);
    }

    private static IEnumerable<(string Name, YamlMappingNode Service)> Services(YamlDocument document)
        => document.RootNode is YamlMappingNode top && YamlValues.Get(top, "services") is YamlMappingNode services
            ? YamlValues.Entries(services).Where(e => e.Value is YamlMappingNode).Select(e => ((e.Key as YamlScalarNode)?.Value ?? string.Empty, (YamlMappingNode)e.Value))
            : [];

    private static IEnumerable<Edit> EditsFor(string text, LineStarts lines, YamlNode key, YamlSequenceNode list, Func<YamlNode, bool> carried)
    {
        var keyLine = (int)key.Start.Line;
        if (list.Children.All(carried))
        {
            var whole = lines.Remove(keyLine, Math.Max(keyLine, LastLine(list)));
            return [list.Tag.IsEmpty ? whole : whole with { Replacement = $"{new string(' ', (int)key.Start.Column - 1)}ports: {list.Tag.Value} []\n" }];
        }

        if (list.Style == SequenceStyle.Flow)
        {
            var keptItems = list.Children.Where(item => !carried(item)).Select(item => text[(int)item.Start.Index..(int)item.End.Index]);
            var close = text.IndexOf(']', (int)list.Children[^1].End.Index); // the node's end mark does not reach the bracket
            return [new Edit((int)list.Start.Index, close + 1, "[" + string.Join(", ", keptItems) + "]")];
        }

        return list.Children.Where(carried).Select(item => lines.Remove((int)item.Start.Line, LastLine(item)));
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

    private static string Apply(string text, List<Edit> edits)
    {
        foreach (var edit in edits.OrderByDescending(e => e.Start))
        {
            text = string.Concat(text.AsSpan(0, edit.Start), edit.Replacement, text.AsSpan(edit.End));
        }

        return text;
    }

    /// <summary>Where each line of a text starts, to remove whole lines by their 1-based numbers.</summary>
    private sealed class LineStarts
    {
        private readonly List<int> _starts = [0];
        private readonly int _length;

        public LineStarts(string text)
        {
            _length = text.Length;
            for (var i = 0; i < text.Length; i++)
            {
                if (text[i] == '\n')
                {
                    _starts.Add(i + 1);
                }
            }
        }

        public Edit Remove(int first, int last)
            => new(_starts[Math.Min(first, _starts.Count) - 1], last < _starts.Count ? _starts[last] : _length, string.Empty);
    }
}
