using PhantomMesh.BuildPorts.Diagnostics;
using PhantomMesh.BuildPorts.Spec;

namespace PhantomMesh.BuildPorts.Loading.Binding;

internal static class HealthCheckBinder
{
    private static readonly string[] Keys = ["http", "command"];

    public static HealthCheck? Bind(TableReader port)
    {
        if (port.Table("health") is not { } table)
        {
            return null;
        }

        var reader = new TableReader(table, port, ".health", string.Empty, Keys);
        var http = PortBinder.PathValue(reader, "http");
        var command = reader.String("command");
        if (reader.Has("http") && reader.Has("command"))
        {
            port.Diagnostics.Add(DiagnosticCatalog.InvalidValue, table.Location,
                "health has both 'http' and 'command'; a port has one health check: keep one.");
            return null;
        }

        if (http is { } path)
        {
            return new HealthCheck(HealthCheckKind.Http, path.Value, path.Location);
        }

        if (command is { } text)
        {
            if (string.IsNullOrWhiteSpace(text.Value) || text.Value.Contains('\n', StringComparison.Ordinal))
            {
                port.Diagnostics.Add(DiagnosticCatalog.InvalidValue, text.Location,
                    "health.command must be one non-empty line, such as \"wg show wg0 latest-handshakes\".");
                return null;
            }

            return new HealthCheck(HealthCheckKind.Command, text.Value, text.Location);
        }

        if (!reader.Has("http") && !reader.Has("command"))
        {
            reader.ReportMissing("http", "health = { http = \"/health\" } or health = { command = \"...\" }; leave health out for none");
        }

        return null;
    }
}
