using PhantomMesh.BuildPorts.Diagnostics;
using PhantomMesh.BuildPorts.Loading.Toml;
using PhantomMesh.BuildPorts.Spec;

namespace PhantomMesh.BuildPorts.Loading.Binding;

internal static class ReservedBinder
{
    private static readonly string[] Keys = ["port", "range", "title", "purpose", "enabled"];

    public static ReservedEntry? Bind(TomlEntry entry, TableReader root)
    {
        var name = entry.Name;
        if (!NameRules.Check(name, "Reserved", root.Diagnostics))
        {
            return null;
        }

        var reader = new TableReader((TomlTableNode)entry.Value, $"reserved.{entry.Key}", root.Diagnostics, Keys);
        var title = reader.String("title")?.Value ?? entry.Key;
        var purpose = reader.String("purpose")?.Value ?? string.Empty;

        if (reader.Has("port") && reader.Has("range"))
        {
            root.Diagnostics.Add(DiagnosticCatalog.InvalidValue, reader.Entry("range")!.KeyLocation,
                $"[reserved.{entry.Key}] has both 'port' and 'range'; keep 'port' for one port or 'range' for a block.");
            return null;
        }

        if (reader.Has("port"))
        {
            return reader.Port("port") is { } port
                ? new ReservedEntry(name, title, purpose, new Located<PortRange>(PortRange.Single(port.Value), port.Location))
                : null;
        }

        if (reader.Has("range"))
        {
            return RangeReader.Read(reader, "range") is { } range ? new ReservedEntry(name, title, purpose, range) : null;
        }

        reader.ReportMissing("port", "port = 24570, or range = \"24580-24599\" for a block");
        return null;
    }
}
