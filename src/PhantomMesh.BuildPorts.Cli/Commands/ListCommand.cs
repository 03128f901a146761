using System.CommandLine;
using System.Text.Json;
using PhantomMesh.BuildPorts.Cli.Formatting;
using PhantomMesh.BuildPorts.Spec;
using PhantomMesh.BuildPorts.Validation;

namespace PhantomMesh.BuildPorts.Cli.Commands;

/// <summary><c>phantom-gen list</c>: the quick lookup table of every port.</summary>
internal static class ListCommand
{
    public enum ListFormat
    {
        Table,
        Markdown,
        Json,
    }

    private static readonly string[] Headers = ["Port", "Proto", "Container", "Name", "Service", "Container port", "Host IP", "Group", "Health check", "Exposure"];

    public static Command Create(CommandContext context)
    {
        var spec = CommonOptions.Spec();
        var format = CommonOptions.Format("Output format: table (for a terminal), markdown or json.", ListFormat.Table);
        var group = new Option<string?>("--group") { Description = "Only the ports of this group.", HelpName = "NAME" };
        var container = new Option<string?>("--container") { Description = "Only the ports of this container.", HelpName = "NAME" };
        var command = new Command("list", "Print the port table: host port, protocol, container, health check, exposure.") { spec, format, group, container };
        command.SetAction(result => Run(context, result.GetValue(spec), CommonOptions.ParseFormat(result.GetValue(format), ListFormat.Table), result.GetValue(group), result.GetValue(container)));
        return command;
    }

    private static int Run(CommandContext context, string? specOption, ListFormat format, string? group, string? container)
    {
        if (ValidSpec.Load(context, specOption, out var exitCode) is not { } loaded)
        {
            return exitCode;
        }

        var specs = loaded.Specs;

        var ports = specs.Root.Ports
            .Where(p => group is null || p.Group?.Value == group)
            .Where(p => container is null || p.Container.Name == container)
            .InHostPortOrder()
            .ToList();
        var rows = ports.Select(Row).ToList();
        var output = context.Console.Out;
        switch (format)
        {
            case ListFormat.Json:
                WriteJson(output, ports);
                break;
            case ListFormat.Markdown:
                output.WriteLine("| " + string.Join(" | ", Headers) + " |");
                output.WriteLine("|" + string.Concat(Headers.Select(_ => "---|")));
                foreach (var row in rows)
                {
                    output.WriteLine("| " + string.Join(" | ", row.Select(c => Rendering.Functions.SafeTextFunctions.MdCell(c))) + " |");
                }

                break;
            default:
                TextTable.Write(output, Headers, rows);
                break;
        }

        return ExitCodes.Success;
    }

    private static string[] Row(PortMapping port) =>
    [
        port.HostPort.Value.ToString(System.Globalization.CultureInfo.InvariantCulture),
        port.Protocol.Value.ToUpperName(),
        port.Container.Name,
        port.Name.Value,
        port.Container.Service ?? "-",
        port.ContainerPort.Value.ToString(System.Globalization.CultureInfo.InvariantCulture),
        PublishedOn(port),
        port.Group?.Value ?? "-",
        HealthText(port),
        ExposureText(port.Exposure),
    ];

    private static string HealthText(PortMapping port) => port.Health.Kind switch
    {
        HealthCheckKind.Http => $"GET {port.Health.Value}",
        HealthCheckKind.Command => port.Health.Value,
        _ => "-",
    };

    private static string ExposureText(Exposure exposure) => exposure.Kind == ExposureKind.Restricted
        ? "from " + string.Join(", ", exposure.AllowFrom.Select(a => a.Value))
        : exposure.Name;

    /// <summary>The host address the port is published on: "all", an address, or "-" when it is not published.</summary>
    internal static string PublishedOn(PortMapping port)
        => !port.IsPublished ? "-" : port.PublishedAddress?.ToString() ?? "all";

    private static void WriteJson(TextWriter output, List<PortMapping> ports)
    {
        JsonOutput.Write(output, json =>
        {
            json.WriteStartArray();
            foreach (var port in ports)
            {
                json.WriteStartObject();
                json.WriteNumber("hostPort", port.HostPort.Value);
                json.WriteString("protocol", port.Protocol.Value.ToLowerName());
                json.WriteString("container", port.Container.Name);
                json.WriteString("name", port.Name.Value);
                json.WriteString("title", port.Title);
                json.WriteString("purpose", port.Purpose);
                json.WriteString("service", port.Container.Service);
                json.WriteNumber("containerPort", port.ContainerPort.Value);
                json.WriteBoolean("published", port.IsPublished);
                json.WriteString("hostIp", port.IsPublished ? port.PublishedAddress?.ToString() : null);
                json.WriteString("group", port.Group?.Value);
                if (port.OldPort is { } old)
                {
                    json.WriteNumber("oldPort", old.Value);
                }
                else
                {
                    json.WriteNull("oldPort");
                }

                json.WriteString("healthCheck", HealthText(port));
                json.WriteString("exposure", ExposureText(port.Exposure));
                json.WriteString("metricsPath", port.MetricsPath?.Value);
                json.WriteEndObject();
            }

            json.WriteEndArray();
        });
    }
}
