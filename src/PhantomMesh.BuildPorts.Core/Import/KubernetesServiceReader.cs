using PhantomMesh.BuildPorts.Diagnostics;
using PhantomMesh.BuildPorts.Loading.Compose;
using YamlDotNet.RepresentationModel;

namespace PhantomMesh.BuildPorts.Import;

/// <summary>One port of a hand-written Kubernetes Service.</summary>
internal sealed record KubernetesServicePort(string? Name, int Port, string? TargetPort, int? NodePort, string Protocol);

/// <summary>A hand-written Kubernetes Service: its name, selector values and ports.</summary>
internal sealed record KubernetesService(string Name, IReadOnlyList<string> SelectorValues, IReadOnlyList<KubernetesServicePort> Ports, SourceLocation Location)
{
    /// <summary>A Service selects a Compose service whose name its selector names, or whose name it has.</summary>
    public bool Selects(string composeService)
        => SelectorValues.Contains(composeService, StringComparer.Ordinal) || (SelectorValues.Count == 0 && Name == composeService);
}

/// <summary>Reads the <c>kind: Service</c> documents of Kubernetes manifests; other kinds are skipped.</summary>
internal static class KubernetesServiceReader
{
    public static List<KubernetesService> Read(SourceText manifest, DiagnosticBag diagnostics)
    {
        var services = new List<KubernetesService>();
        foreach (var document in ComposeYamlParser.Parse(manifest.Text, manifest.Path, diagnostics) ?? [])
        {
            if (document.RootNode is not YamlMappingNode root || Text(YamlValues.Get(root, "kind")) != "Service")
            {
                continue;
            }

            var name = YamlValues.Get(root, "metadata") is YamlMappingNode metadata ? Text(YamlValues.Get(metadata, "name")) : null;
            if (name is null)
            {
                diagnostics.Add(DiagnosticCatalog.ComposeStructure, YamlLocation.Of(manifest.Path, root), "A Service needs metadata.name.");
                continue;
            }

            var spec = YamlValues.Get(root, "spec") as YamlMappingNode;
            var selector = spec is null ? null : YamlValues.Get(spec, "selector") as YamlMappingNode;
            var selectorValues = selector is null ? [] : YamlValues.Entries(selector).Select(e => Text(e.Value)).OfType<string>().ToList();
            var ports = spec is not null && YamlValues.Get(spec, "ports") is YamlSequenceNode list
                ? list.Children.Select(p => Port(manifest.Path, p, diagnostics)).OfType<KubernetesServicePort>().ToList()
                : [];
            services.Add(new KubernetesService(name, selectorValues, ports, YamlLocation.Of(manifest.Path, root)));
        }

        return services;
    }

    private static KubernetesServicePort? Port(string file, YamlNode node, DiagnosticBag diagnostics)
    {
        if (node is not YamlMappingNode port || Number(YamlValues.Get(port, "port")) is not { } number)
        {
            diagnostics.Add(DiagnosticCatalog.ComposeStructure, YamlLocation.Of(file, node), "A Service port needs port: a number from 1 to 65535.");
            return null;
        }

        return new KubernetesServicePort(
            Text(YamlValues.Get(port, "name")),
            number,
            Text(YamlValues.Get(port, "targetPort")),
            Number(YamlValues.Get(port, "nodePort")),
            (Text(YamlValues.Get(port, "protocol")) ?? "TCP").ToUpperInvariant());
    }

    private static string? Text(YamlNode? node) => node is YamlScalarNode { Value: { Length: > 0 } value } && !YamlValues.IsNull(node) ? value : null;

    private static int? Number(YamlNode? node)
        => int.TryParse(Text(node), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) && n is >= 1 and <= 65535 ? n : null;
}
