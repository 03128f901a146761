using PhantomMesh.BuildPorts.Diagnostics;
using PhantomMesh.BuildPorts.Loading.Environments;
using PhantomMesh.BuildPorts.Loading.Toml;
using PhantomMesh.BuildPorts.Spec;

namespace PhantomMesh.BuildPorts.Loading;

/// <summary>
/// Stage 1 of the pipeline: reads a ports.toml and, transitively, the specs and Compose files it includes.
/// Never throws for bad input: everything wrong is a diagnostic.
/// </summary>
public static class SpecLoader
{
    /// <summary>Loads the base spec, or the effective spec of <paramref name="environment"/> with the specs it includes in that environment.</summary>
    public static SpecLoadResult Load(string path, string? environment = null)
    {
        var diagnostics = new DiagnosticBag();
        var fullPath = Path.GetFullPath(path);
        var text = SpecFileReader.Read(fullPath, null, diagnostics);
        return text is null ? new SpecLoadResult(null, diagnostics.Items) : LoadWithIncludes(text, fullPath, diagnostics, environment);
    }

    /// <summary>Loads spec text that is not (or not yet) on disk; includes are resolved relative to <paramref name="path"/>.</summary>
    public static SpecLoadResult LoadText(string text, string path, string? environment = null)
        => LoadWithIncludes(text, Path.GetFullPath(path), new DiagnosticBag(), environment);

    /// <summary>Parses spec text once, for several loads of it (<see cref="LoadParsed"/>); null with the reasons in the result when it is not valid TOML.</summary>
    internal static TomlTableNode? Parse(string text, string fullPath, out SpecLoadResult refused)
    {
        var diagnostics = new DiagnosticBag();
        var tree = TomlDocumentParser.Parse(text, fullPath, diagnostics);
        refused = new SpecLoadResult(null, diagnostics.Items);
        return tree;
    }

    /// <summary>Loads a spec from its parsed text (which binding never changes), as <see cref="LoadText"/> would.</summary>
    internal static SpecLoadResult LoadParsed(TomlTableNode tree, string fullPath, string? environment)
        => BindWithIncludes(tree, fullPath, new DiagnosticBag(), environment);

    private static SpecLoadResult LoadWithIncludes(string text, string fullPath, DiagnosticBag diagnostics, string? environment)
    {
        var tree = TomlDocumentParser.Parse(text, fullPath, diagnostics);
        return tree is null ? new SpecLoadResult(null, diagnostics.Items) : BindWithIncludes(tree, fullPath, diagnostics, environment);
    }

    private static SpecLoadResult BindWithIncludes(TomlTableNode tree, string fullPath, DiagnosticBag diagnostics, string? environment)
    {
        var root = EffectiveSpecBinder.Bind(tree, fullPath, environment, diagnostics);
        if (root is null)
        {
            return new SpecLoadResult(null, diagnostics.Items);
        }

        var included = new List<PortSpec>();
        var visited = new HashSet<string>(SpecIdentity.Comparer) { SpecIdentity.Of(fullPath) };
        var reader = new IncludeReader(diagnostics, visited, Environment.GetEnvironmentVariable, environment);
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

        var baseCompose = reader.ReadBaseCompose(root);
        return new SpecLoadResult(new SpecSet(root, included) { BaseCompose = baseCompose }, diagnostics.Items);
    }

    /// <summary>An included spec, in <paramref name="environment"/> when it defines one of that name.</summary>
    internal static PortSpec? ParseAndBind(string text, string file, DiagnosticBag diagnostics, string? environment)
    {
        var tree = TomlDocumentParser.Parse(text, file, diagnostics);
        return tree is null ? null : EffectiveSpecBinder.BindIncluded(tree, file, environment, diagnostics);
    }
}
