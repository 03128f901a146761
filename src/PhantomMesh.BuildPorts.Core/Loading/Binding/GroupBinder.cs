using PhantomMesh.BuildPorts.Loading.Toml;
using PhantomMesh.BuildPorts.Spec;

namespace PhantomMesh.BuildPorts.Loading.Binding;

internal static class GroupBinder
{
    private static readonly string[] Keys = ["title", "range", "enabled"];

    public static PortGroup? Bind(TomlEntry entry, TableReader root)
    {
        var name = entry.Name;
        if (!NameRules.Check(name, "Group", root.Diagnostics))
        {
            return null;
        }

        var reader = new TableReader((TomlTableNode)entry.Value, $"groups.{entry.Key}", root.Diagnostics, Keys);
        var title = reader.String("title")?.Value ?? entry.Key;
        var range = RangeReader.Read(reader, "range", required: true);
        return range is { } r ? new PortGroup(name, title, r) : null;
    }
}
