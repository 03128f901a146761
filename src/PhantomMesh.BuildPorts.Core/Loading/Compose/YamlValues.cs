using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace PhantomMesh.BuildPorts.Loading.Compose;

internal enum YamlScalarKind
{
    Null,
    Boolean,
    Integer,
    Float,
    String,
}

/// <summary>
/// Reads YAML nodes as Compose's YAML library does: plain scalars resolved by the YAML 1.2 core schema
/// (<c>22:22</c> is text, not a base-60 number), merge keys (<c>&lt;&lt;: *base</c>) applied, anchors and
/// aliases already shared by the representation model.
/// </summary>
internal static partial class YamlValues
{
    private const string MergeKey = "<<";

    /// <summary>
    /// The entries of a mapping with its merge keys applied: its own keys first, then each merged
    /// mapping's keys that are not already there (an earlier mapping of a merged list wins over a
    /// later one). Each mapping is read once, without recursion, so chains and repeats of merges in
    /// hostile input cost time linear in the file and no stack.
    /// </summary>
    public static IReadOnlyList<KeyValuePair<YamlNode, YamlNode>> Entries(YamlMappingNode mapping)
    {
        var entries = new List<KeyValuePair<YamlNode, YamlNode>>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var read = new HashSet<YamlMappingNode>(ReferenceEqualityComparer.Instance);
        var pending = new Stack<YamlMappingNode>([mapping]);
        while (pending.TryPop(out var current))
        {
            if (!read.Add(current))
            {
                continue;
            }

            var merged = new List<YamlMappingNode>();
            foreach (var entry in current.Children)
            {
                if (entry.Key is YamlScalarNode { Style: ScalarStyle.Plain, Value: MergeKey })
                {
                    merged.AddRange((entry.Value is YamlSequenceNode list ? list.Children : [entry.Value]).OfType<YamlMappingNode>());
                }
                else if (entry.Key is not YamlScalarNode { Value: { } key } || seen.Add(key))
                {
                    entries.Add(entry);
                }
            }

            for (var i = merged.Count - 1; i >= 0; i--)
            {
                pending.Push(merged[i]);
            }
        }

        return entries;
    }

    public static YamlNode? Get(YamlMappingNode mapping, string key)
        => Entries(mapping).FirstOrDefault(e => e.Key is YamlScalarNode { Value: var k } && k == key).Value;

    public static YamlScalarKind Kind(YamlScalarNode scalar)
    {
        if (scalar.Tag.IsEmpty is false && !scalar.Tag.IsNonSpecific)
        {
            return scalar.Tag.Value switch
            {
                "tag:yaml.org,2002:null" => YamlScalarKind.Null,
                "tag:yaml.org,2002:bool" => YamlScalarKind.Boolean,
                "tag:yaml.org,2002:int" => YamlScalarKind.Integer,
                "tag:yaml.org,2002:float" => YamlScalarKind.Float,
                _ => YamlScalarKind.String,
            };
        }

        if (scalar.Style != ScalarStyle.Plain)
        {
            return YamlScalarKind.String;
        }

        var value = scalar.Value ?? string.Empty;
        return value switch
        {
            "" or "~" or "null" or "Null" or "NULL" => YamlScalarKind.Null,
            "true" or "True" or "TRUE" or "false" or "False" or "FALSE" => YamlScalarKind.Boolean,
            _ when IntegerPattern().IsMatch(value) => YamlScalarKind.Integer,
            _ when FloatPattern().IsMatch(value) => YamlScalarKind.Float,
            _ => YamlScalarKind.String,
        };
    }

    public static bool IsNull(YamlNode node) => node is YamlScalarNode scalar && Kind(scalar) == YamlScalarKind.Null;

    /// <summary>How messages name a node's type: "a list", "a mapping", "a number", "true or false".</summary>
    public static string Describe(YamlNode node) => node switch
    {
        YamlMappingNode => "a mapping",
        YamlSequenceNode => "a list",
        YamlScalarNode scalar => Kind(scalar) switch
        {
            YamlScalarKind.Null => "empty (null)",
            YamlScalarKind.Boolean => "true or false",
            YamlScalarKind.Integer or YamlScalarKind.Float => "a number",
            _ => "a string",
        },
        _ => "an unknown node",
    };

    [GeneratedRegex(@"^([-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)$")]
    private static partial Regex IntegerPattern();

    [GeneratedRegex(@"^([-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?|[-+]?\.(inf|Inf|INF)|\.(nan|NaN|NAN))$")]
    private static partial Regex FloatPattern();
}
