using PhantomMesh.BuildPorts.Diagnostics;
using PhantomMesh.BuildPorts.Spec;

namespace PhantomMesh.BuildPorts.Loading.Binding;

internal static class ProjectBinder
{
    private static readonly string[] Keys = ["name", "host_range", "network", "outputs", "compose_file"];

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

        return new ProjectSettings(name, hostRange, network, reader.Location) {
            Outputs = BindOutputs(reader),
            ComposeFile = reader.NonEmptyString("compose_file", example: "compose_file = \"compose.yaml\""),
        };
    }

    private static OutputSet BindOutputs(TableReader reader)
    {
        var text = reader.String("outputs");
        switch (text?.Value)
        {
            case null or "full":
                return OutputSet.Full;
            case "ports-only":
                return OutputSet.PortsOnly;
            default:
                reader.Diagnostics.Add(DiagnosticCatalog.InvalidValue, text.Value.Location,
                    $"outputs = \"{text.Value.Value}\" is not an output set; use \"full\" (every deployment file, the default) or \"ports-only\" (only the ports, to combine with your own Compose file and Services).");
                return OutputSet.Full;
        }
    }
}
