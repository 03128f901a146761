using PhantomMesh.BuildPorts.Diagnostics;
using PhantomMesh.BuildPorts.Loading.Toml;
using PhantomMesh.BuildPorts.Spec;
using PhantomMesh.BuildPorts.Text;

namespace PhantomMesh.BuildPorts.Loading.Binding;

/// <summary>
/// Binds <c>includes</c>: each entry is a path (another project's ports.toml or Compose file) or a
/// table <c>{ compose = ["a.yml", "b.yml"], env_file = ".env" }</c> naming one project's Compose files.
/// </summary>
internal static class IncludeBinder
{
    private const string Compose = "compose";
    private const string EnvFile = "env_file";
    private static readonly string[] SetKeys = [Compose, EnvFile];

    public static List<SpecInclude> Bind(TableReader root)
    {
        var includes = new List<SpecInclude>();
        if (root.Array("includes") is not { } array)
        {
            return includes;
        }

        foreach (var item in array.Items)
        {
            var include = item switch
            {
                TomlScalarNode { Kind: TomlScalarKind.String } => BindPath(root.Diagnostics, item, "includes") is { } path ? SpecInclude.OfPath(path) : null,
                TomlTableNode table => BindComposeSet(root.Diagnostics, table),
                _ => ReportWrongType(root, item),
            };
            if (include is not null)
            {
                includes.Add(include);
            }
        }

        return includes;
    }

    private static SpecInclude? ReportWrongType(TableReader root, TomlNode item)
    {
        root.ReportWrongType("includes", item, "an array of paths (\"../billing/ports.toml\") and Compose sets ({ compose = [\"../shop/compose.yml\"] })");
        return null;
    }

    private static SpecInclude? BindComposeSet(DiagnosticBag diagnostics, TomlTableNode table)
    {
        var reader = new TableReader(table, "includes", diagnostics, SetKeys);
        if (reader.Entry(Compose) is not { } compose)
        {
            diagnostics.Add(DiagnosticCatalog.MissingKey, table.Location,
                "This includes entry needs the key 'compose', for example: { compose = [\"../shop/compose.yml\", \"../shop/compose.prod.yml\"] }");
            return null;
        }

        var errorsBefore = diagnostics.ErrorCount;
        var paths = BindPaths(diagnostics, compose);
        var envFiles = reader.Entry(EnvFile) is { } envFile ? BindPaths(diagnostics, envFile) : [];
        if (diagnostics.ErrorCount > errorsBefore)
        {
            return null;
        }

        if (paths.Count == 0)
        {
            diagnostics.Add(DiagnosticCatalog.InvalidValue, compose.Value.Location,
                "compose names no file; list the project's Compose files in the order 'docker compose -f' takes them, such as [\"../shop/compose.yml\"].");
            return null;
        }

        return new SpecInclude(IncludeKind.ComposeSet, paths, envFiles, table.Location);
    }

    /// <summary>A path string, or an array of them.</summary>
    private static List<Located<string>> BindPaths(DiagnosticBag diagnostics, TomlEntry entry)
    {
        IEnumerable<TomlNode> items = entry.Value is TomlArrayNode { IsArrayOfTables: false } array ? array.Items : [entry.Value];
        var paths = new List<Located<string>>();
        foreach (var item in items)
        {
            if (item is TomlScalarNode { Kind: TomlScalarKind.String })
            {
                if (BindPath(diagnostics, item, entry.Key) is { } path)
                {
                    paths.Add(path);
                }
            }
            else
            {
                diagnostics.Add(DiagnosticCatalog.WrongType, item.Location,
                    $"{entry.Key} in an includes entry must be a path string or an array of them, not {TableReader.Article(item.TypeName)}.");
            }
        }

        return paths;
    }

    private static Located<string>? BindPath(DiagnosticBag diagnostics, TomlNode item, string key)
    {
        var path = (string)((TomlScalarNode)item).Value;
        if (path.Length > 0)
        {
            return new Located<string>(path, item.Location);
        }

        diagnostics.Add(DiagnosticCatalog.InvalidValue, item.Location,
            $"{key} holds an empty path; write the path of another project's ports.toml or Compose file, such as \"../billing/ports.toml\".");
        return null;
    }
}
