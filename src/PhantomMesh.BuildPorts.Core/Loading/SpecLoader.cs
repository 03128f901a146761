using PhantomMesh.BuildPorts.Diagnostics;
using PhantomMesh.BuildPorts.Loading.Binding;
using PhantomMesh.BuildPorts.Loading.Toml;
using PhantomMesh.BuildPorts.Spec;

namespace PhantomMesh.BuildPorts.Loading;

/// <summary>
/// Stage 1 of the pipeline: reads a ports.toml and, transitively, the specs and Compose files it includes.
/// Never throws for bad input: everything wrong is a diagnostic.
/// </summary>
public static class SpecLoader
{
    public static SpecLoadResult Load(string path)
    {
        var diagnostics = new DiagnosticBag();
        var fullPath = Path.GetFullPath(path);
        var text = SpecFileReader.Read(fullPath, null, diagnostics);
        return text is null ? new SpecLoadResult(null, diagnostics.Items) : LoadWithIncludes(text, fullPath, diagnostics);
    }

    /// <summary>Loads spec text that is not (or not yet) on disk; includes are resolved relative to <paramref name="path"/>.</summary>
    public static SpecLoadResult LoadText(string text, string path)
        => LoadWithIncludes(text, Path.GetFullPath(path), new DiagnosticBag());

    private static SpecLoadResult LoadWithIncludes(string text, string fullPath, DiagnosticBag diagnostics)
    {
        var root = ParseAndBind(text, fullPath, diagnostics);
        if (root is null)
        {
            return new SpecLoadResult(null, diagnostics.Items);
        }

        var included = new List<PortSpec>();
        var visited = new HashSet<string>(SpecIdentity.Comparer) { SpecIdentity.Of(fullPath) };
        var reader = new IncludeReader(diagnostics, visited, Environment.GetEnvironmentVariable);
        var pending = new Queue<PortSpec>([root]);
        while (pending.Count > 0)
        {
            var spec = pending.Dequeue();
            foreach (var include in spec.Includes)
            {
                if (reader.Read(spec, include) is { } child)
                {
                    included.Add(child);
                    pending.Enqueue(child);
                }
            }
        }

        return new SpecLoadResult(new SpecSet(root, included), diagnostics.Items);
    }

    internal static PortSpec? ParseAndBind(string text, string file, DiagnosticBag diagnostics)
    {
        var tree = TomlDocumentParser.Parse(text, file, diagnostics);
        return tree is null ? null : SpecBinder.Bind(tree, file, diagnostics);
    }
}
