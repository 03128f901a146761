using PhantomMesh.BuildPorts.Diagnostics;
using PhantomMesh.BuildPorts.Loading.Toml;
using PhantomMesh.BuildPorts.Spec;
using PhantomMesh.BuildPorts.Threading;

namespace PhantomMesh.BuildPorts.Loading.Binding;

/// <summary>
/// Binds the <c>[containers.NAME]</c> tables. Each container binds on its own, so a spec with many of them
/// binds its two halves at once; the second half reports into a bag of its own, added after the first's,
/// so the diagnostics come in the order of a binding in turn.
/// </summary>
internal static class ContainersBinder
{
    /// <summary>From this many containers a second thread binds faster than it costs to start.</summary>
    internal const int HalvesFrom = 256;

    public static List<ContainerSpec> Bind(TableReader root, string file)
        => Bind(root, file, Environment.ProcessorCount > 1 ? HalvesFrom : int.MaxValue);

    /// <summary>The containers, bound in two halves at once from <paramref name="halvesFrom"/> containers on (0: always).</summary>
    internal static List<ContainerSpec> Bind(TableReader root, string file, int halvesFrom)
    {
        var table = root.Table("containers");
        if (table is null || table.Entries.Count < halvesFrom)
        {
            return table is null ? [] : BindRange(table, 0, table.Entries.Count, root.Diagnostics, file);
        }

        var middle = table.Entries.Count / 2;
        var secondDiagnostics = new DiagnosticBag();
        var (containers, second) = SideBySide.Both(
            () => BindRange(table, 0, middle, root.Diagnostics, file),
            () => BindRange(table, middle, table.Entries.Count, secondDiagnostics, file));
        containers.AddRange(second);
        root.Diagnostics.AddRange(secondDiagnostics);
        return containers;
    }

    /// <summary>Binds entries [<paramref name="from"/>, <paramref name="to"/>) each as its own table.</summary>
    private static List<ContainerSpec> BindRange(TomlTableNode table, int from, int to, DiagnosticBag diagnostics, string file)
    {
        var containers = new List<ContainerSpec>(to - from);
        foreach (var entry in table.EntrySpan[from..to])
        {
            if (SpecBinder.IsTable(entry, "containers", diagnostics) && ContainerBinder.Bind(entry, diagnostics, file) is { } bound)
            {
                containers.Add(bound);
            }
        }

        return containers;
    }
}
