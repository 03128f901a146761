using PhantomMesh.BuildPorts.Diagnostics;
using PhantomMesh.BuildPorts.Loading.Binding;
using PhantomMesh.BuildPorts.Loading.Toml;
using PhantomMesh.BuildPorts.Spec;

namespace PhantomMesh.BuildPorts.Loading;

/// <summary>
/// Stage 1 of the pipeline: reads a ports.toml and, transitively, the specs it includes.
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
        var pending = new Queue<PortSpec>([root]);
        while (pending.Count > 0)
        {
            var spec = pending.Dequeue();
            foreach (var include in spec.Includes)
            {
                var includePath = SpecIdentity.Resolve(spec.File, include.Value);
                if (includePath is null)
                {
                    diagnostics.Add(DiagnosticCatalog.IncludeNotFound, include.Location,
                        $"'{include.Value.Replace("\0", "\\0", StringComparison.Ordinal)}' is not a usable path; write the path of another project's ports.toml, relative to this file.");
                    continue;
                }

                if (!visited.Add(SpecIdentity.Of(includePath)))
                {
                    continue; // Two projects may include each other: each spec is read once.
                }

                var includeText = SpecFileReader.Read(includePath, include.Location, diagnostics);
                if (includeText is not null && ParseAndBind(includeText, includePath, diagnostics) is { } child)
                {
                    included.Add(child);
                    pending.Enqueue(child);
                }
            }
        }

        return new SpecLoadResult(new SpecSet(root, included), diagnostics.Items);
    }

    private static PortSpec? ParseAndBind(string text, string file, DiagnosticBag diagnostics)
    {
        var tree = TomlDocumentParser.Parse(text, file, diagnostics);
        return tree is null ? null : SpecBinder.Bind(tree, file, diagnostics);
    }
}
