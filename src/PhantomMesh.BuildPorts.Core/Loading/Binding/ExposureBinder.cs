using PhantomMesh.BuildPorts.Diagnostics;
using PhantomMesh.BuildPorts.Loading.Toml;
using PhantomMesh.BuildPorts.Spec;

namespace PhantomMesh.BuildPorts.Loading.Binding;

internal static class ExposureBinder
{
    private static readonly string[] Keys = ["allow_from"];

    public static Exposure? Bind(TableReader port)
    {
        if (port.Entry("exposure") is not { } entry)
        {
            return null;
        }

        switch (entry.Value)
        {
            case TomlScalarNode { Kind: TomlScalarKind.String, Value: "public" } node:
                return new Exposure(ExposureKind.Public, [], node.Location);
            case TomlScalarNode { Kind: TomlScalarKind.String, Value: "internal" } node:
                return new Exposure(ExposureKind.Internal, [], node.Location);
            case TomlScalarNode { Kind: TomlScalarKind.String, Value: "unpublished" } node:
                return BindUnpublished(port, node);
            case TomlScalarNode { Kind: TomlScalarKind.String, Value: string other } node:
                port.Diagnostics.Add(DiagnosticCatalog.InvalidValue, node.Location,
                    $"exposure = \"{other}\" is not an exposure; use \"public\", \"internal\", \"unpublished\" or {{ allow_from = [\"192.168.1.0/24\"] }}.");
                return null;
            case TomlTableNode table:
                return BindRestricted(port, table);
            default:
                port.ReportWrongType("exposure", entry.Value, "\"public\", \"internal\", \"unpublished\" or a table { allow_from = [...] }");
                return null;
        }
    }

    /// <summary>An unpublished port binds no host address, so a host_ip beside it can only be a mistake.</summary>
    private static Exposure? BindUnpublished(TableReader port, TomlScalarNode node)
    {
        if (port.Entry("host_ip") is { } hostIp)
        {
            port.Diagnostics.Add(DiagnosticCatalog.InvalidValue, hostIp.KeyLocation,
                $"host_ip has no effect on a port with exposure = \"unpublished\", which is not published on the host; remove host_ip, or use exposure = \"internal\" to publish on that address.");
            return null;
        }

        return new Exposure(ExposureKind.Unpublished, [], node.Location);
    }

    private static Exposure? BindRestricted(TableReader port, TomlTableNode table)
    {
        var reader = new TableReader(table, port, ".exposure", string.Empty, Keys);
        var array = reader.Array("allow_from");
        if (array is null)
        {
            if (!reader.Has("allow_from"))
            {
                reader.ReportMissing("allow_from", "exposure = { allow_from = [\"192.168.1.0/24\"] }");
            }

            return null;
        }

        var blocks = new List<Located<string>>();
        var valid = true;
        foreach (var item in array.Items)
        {
            if (item is not TomlScalarNode { Kind: TomlScalarKind.String, Value: string text })
            {
                reader.ReportWrongType("allow_from", item, "an array of CIDR strings such as \"192.168.1.0/24\"");
                valid = false;
            }
            else if (!IpText.IsCidr(text))
            {
                port.Diagnostics.Add(DiagnosticCatalog.InvalidCidr, item.Location,
                    $"\"{text}\" is not a CIDR block; write an address and a prefix length, such as \"192.168.1.0/24\".");
                valid = false;
            }
            else
            {
                blocks.Add(new Located<string>(text, item.Location));
            }
        }

        if (valid && blocks.Count == 0)
        {
            port.Diagnostics.Add(DiagnosticCatalog.InvalidValue, array.Location,
                "allow_from is empty, which would allow no one; list at least one CIDR block, or use exposure = \"internal\".");
            return null;
        }

        return valid ? new Exposure(ExposureKind.Restricted, blocks, table.Location) : null;
    }
}
