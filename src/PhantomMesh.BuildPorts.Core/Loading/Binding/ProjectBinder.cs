using PhantomMesh.BuildPorts.Diagnostics;
using PhantomMesh.BuildPorts.Spec;

namespace PhantomMesh.BuildPorts.Loading.Binding;

internal static class ProjectBinder
{
    private static readonly string[] Keys = ["name", "host_range", "network"];

    public static ProjectSettings Bind(TableReader root, string file)
    {
        var table = root.Table("project", required: true);
        if (table is null)
        {
            return new ProjectSettings(new Located<string>(string.Empty, SourceLocation.StartOf(file)), null, null, SourceLocation.StartOf(file));
        }

        var reader = new TableReader(table, "project", root.Diagnostics, Keys);
        var name = reader.NonEmptyString("name", required: true, "name = \"PhantomMesh\"") ?? new Located<string>(string.Empty, reader.Location);
        var hostRange = RangeReader.Read(reader, "host_range");
        var network = reader.NonEmptyString("network", example: "network = \"phantom-mesh-net\"");
        if (network is { } net && !NameRules.Check(net, "Network", root.Diagnostics))
        {
            network = null;
        }
        return new ProjectSettings(name, hostRange, network, reader.Location);
    }
}
