using PhantomMesh.BuildPorts.Diagnostics;
using PhantomMesh.BuildPorts.Loading.Binding;
using PhantomMesh.BuildPorts.Text;
using PhantomMesh.BuildPorts.Loading.Toml;
using PhantomMesh.BuildPorts.Spec;

namespace PhantomMesh.BuildPorts.Loading.Environments;

/// <summary>
/// Binds a parsed ports.toml as its base spec or as the effective spec of one of its environments:
/// the environment's tables merged over the base's, then its host address and port offset applied.
/// </summary>
internal static class EffectiveSpecBinder
{
    /// <summary>The spec of <paramref name="environment"/>, or the base spec when it is null; null when the file defines no such environment (reported).</summary>
    public static PortSpec? Bind(TomlTableNode root, string file, string? environment, DiagnosticBag diagnostics)
    {
        var environments = EnvironmentTables.Read(root, diagnostics);
        var names = environments.Select(e => e.Name.Value).ToList();
        var baseTree = EnvironmentTables.WithoutEnvironments(root);
        if (environment is null)
        {
            return SpecBinder.Bind(EnabledFilter.Apply(baseTree, diagnostics), file, diagnostics) with { EnvironmentNames = names };
        }

        var match = environments.FirstOrDefault(e => e.Name.Value == environment);
        if (match.Table is null)
        {
            ReportUnknown(root, file, environment, names, diagnostics);
            return null;
        }

        var (settings, overrides) = EnvironmentSettingsBinder.Bind(match.Name, match.Table, diagnostics);
        var merged = new OverrideMerge(environment, diagnostics).Merge(baseTree, overrides, SpecMergeShape.Root);
        var spec = SpecBinder.Bind(EnabledFilter.Apply(merged, diagnostics), file, diagnostics);
        spec = new PortOffset(settings, diagnostics).Apply(PortPlacement.Apply(spec, settings, overrides));
        return spec with { Environment = settings, EnvironmentNames = names };
    }

    /// <summary>An included spec in the environment being checked when it defines it (the neighbour runs that way there too), else its base.</summary>
    public static PortSpec? BindIncluded(TomlTableNode root, string file, string? environment, DiagnosticBag diagnostics)
        => Bind(root, file, environment is not null && EnvironmentTables.Names(root).Contains(environment) ? environment : null, diagnostics);

    private static void ReportUnknown(TomlTableNode root, string file, string environment, List<string> names, DiagnosticBag diagnostics)
    {
        var location = root.TryGet(EnvironmentTables.Key, out var section) ? section.KeyLocation : SourceLocation.StartOf(file);
        var suggestion = KeySuggester.Suggest(environment, names);
        var hint = names.Count == 0
            ? $"It defines no environments; add an [environments.{environment}] table, or leave the environment out to use the base spec."
            : $"{(suggestion is null ? string.Empty : $"Did you mean '{suggestion}'? ")}It defines: {string.Join(", ", names)}.";
        diagnostics.Add(DiagnosticCatalog.UnknownEnvironment, location, $"The spec defines no environment '{environment}'. {hint}");
    }
}
