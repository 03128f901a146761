using PhantomMesh.BuildPorts.Diagnostics;
using PhantomMesh.BuildPorts.Loading.Toml;
using PhantomMesh.BuildPorts.Spec;

namespace PhantomMesh.BuildPorts.Loading.Binding;

/// <summary>Turns the positioned TOML tree of one ports.toml into the spec model.</summary>
internal static class SpecBinder
{
    private static readonly string[] RootKeys = ["project", "includes", "groups", "reserved", "containers", "alerts", "environments"];

    public static PortSpec Bind(TomlTableNode root, string file, DiagnosticBag diagnostics)
    {
        var reader = new TableReader(root, TableReader.TopLevel, diagnostics, RootKeys);
        var project = ProjectBinder.Bind(reader, file);
        var includes = IncludeBinder.Bind(reader);
        var groups = BindNamedTables(reader, "groups", GroupBinder.Bind);
        var reserved = BindNamedTables(reader, "reserved", ReservedBinder.Bind);
        var containers = ContainersBinder.Bind(reader, file);
        var alerts = AlertsBinder.Bind(reader);
        return new PortSpec(file, project, includes, groups, reserved, containers) { Alerts = alerts };
    }

    /// <summary>Binds each <c>[section.NAME]</c> table; a value that is not a table is reported and skipped.</summary>
    private static List<T> BindNamedTables<T>(TableReader root, string section, Func<TomlEntry, TableReader, T?> bind)
        where T : class
    {
        var results = new List<T>();
        if (root.Table(section) is not { } table)
        {
            return results;
        }

        foreach (var entry in table.EntrySpan)
        {
            if (IsTable(entry, section, root.Diagnostics) && bind(entry, root) is { } bound)
            {
                results.Add(bound);
            }
        }

        return results;
    }

    /// <summary>Whether <c>[section.NAME]</c> is a table; reported when it is not.</summary>
    internal static bool IsTable(TomlEntry entry, string section, DiagnosticBag diagnostics)
    {
        if (entry.Value is TomlTableNode)
        {
            return true;
        }

        diagnostics.Add(DiagnosticCatalog.WrongType, entry.Value.Location,
            $"{section}.{entry.Key} must be a table ([{section}.{entry.Key}]), not {entry.Value.TypeName}.");
        return false;
    }
}
