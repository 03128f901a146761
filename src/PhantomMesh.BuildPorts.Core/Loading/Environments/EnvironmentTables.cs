using PhantomMesh.BuildPorts.Diagnostics;
using PhantomMesh.BuildPorts.Loading.Binding;
using PhantomMesh.BuildPorts.Loading.Toml;
using PhantomMesh.BuildPorts.Spec;

namespace PhantomMesh.BuildPorts.Loading.Environments;

/// <summary>The <c>[environments.NAME]</c> tables of a spec's tree, and the tree without them (the base spec).</summary>
internal static class EnvironmentTables
{
    public const string Key = "environments";

    /// <summary>Each environment's name and table, in the order written; a name or value that cannot be used is reported and skipped.</summary>
    public static IReadOnlyList<(Located<string> Name, TomlTableNode Table)> Read(TomlTableNode root, DiagnosticBag diagnostics)
    {
        if (!root.TryGet(Key, out var section))
        {
            return [];
        }

        if (section.Value is not TomlTableNode table)
        {
            diagnostics.Add(DiagnosticCatalog.WrongType, section.Value.Location,
                $"environments must be a table of environments ([environments.dev]), not {section.Value.TypeName}.");
            return [];
        }

        var environments = new List<(Located<string>, TomlTableNode)>();
        foreach (var entry in table.Entries)
        {
            if (!NameRules.Check(entry.Name, "Environment", diagnostics))
            {
                continue;
            }

            if (entry.Value is not TomlTableNode environment)
            {
                diagnostics.Add(DiagnosticCatalog.WrongType, entry.Value.Location,
                    $"environments.{entry.Key} must be a table ([environments.{entry.Key}]), not {entry.Value.TypeName}.");
                continue;
            }

            environments.Add((entry.Name, environment));
        }

        return environments;
    }

    /// <summary>The names <see cref="Read"/> accepts, without reporting what it skips.</summary>
    public static IReadOnlyList<string> Names(TomlTableNode root)
        => [.. Read(root, new DiagnosticBag()).Select(e => e.Name.Value)];

    /// <summary>The tree without its environments: what the base spec is bound from.</summary>
    public static TomlTableNode WithoutEnvironments(TomlTableNode root) => TableCopy.Map(root, entry => entry.Key == Key ? null : entry);
}
