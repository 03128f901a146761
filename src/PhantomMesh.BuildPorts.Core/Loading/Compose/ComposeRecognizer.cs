using PhantomMesh.BuildPorts.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace PhantomMesh.BuildPorts.Loading.Compose;

/// <summary>Tells a Compose file from a ports.toml, for an include that is a plain path.</summary>
internal static class ComposeRecognizer
{
    /// <summary>
    /// A <c>.yml</c> or <c>.yaml</c> name is read as Compose (so its YAML errors are reported as such);
    /// any other name when the text is YAML with a top-level services key (<c>compose</c>, <c>stack.json</c>).
    /// </summary>
    public static bool IsCompose(string path, string text)
    {
        if (HasComposeName(path))
        {
            return true;
        }

        if (!text.Contains("services", StringComparison.Ordinal))
        {
            return false;
        }

        var documents = ComposeYamlParser.Parse(text, path, new DiagnosticBag());
        return documents is not null && documents.Any(d => d.RootNode is YamlMappingNode root && YamlValues.Get(root, "services") is not null);
    }

    /// <summary>A name that says YAML: <c>.yml</c> or <c>.yaml</c>.</summary>
    public static bool HasComposeName(string path) => Path.GetExtension(path).ToLowerInvariant() is ".yml" or ".yaml";
}
