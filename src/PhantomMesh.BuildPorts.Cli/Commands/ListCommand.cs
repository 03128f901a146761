using System.CommandLine;
using System.Text.Json;
using PhantomMesh.BuildPorts.Cli.Formatting;
using PhantomMesh.BuildPorts.Queries;
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
        var environment = CommonOptions.Environment("List the effective ports of this environment ([environments.NAME] of the spec). Default: the base spec's.");
        var diff = new Option<string?>("--diff") { Description = "List what this environment changes against the base spec, setting by setting, instead of the ports.", HelpName = "ENV" };
        var format = CommonOptions.Format("Output format: table (for a terminal), markdown or json.", ListFormat.Table);
        var group = new Option<string?>("--group") { Description = "Only the ports of this group.", HelpName = "NAME" };
        var container = new Option<string?>("--container") { Description = "Only the ports of this container.", HelpName = "NAME" };
        var command = new Command("list", "Print the port table: host port, protocol, container, health check, exposure; or, with --diff, what an environment changes.") { spec, environment, diff, format, group, container };
        command.SetAction(result =>
        {
            var listFormat = CommonOptions.ParseFormat(result.GetValue(format), ListFormat.Table);
            if (result.GetValue(diff) is not { } compared)
            {
                return Run(context, result.GetValue(spec), result.GetValue(environment), listFormat, result.GetValue(group), result.GetValue(container));
            }

            if (result.GetValue(environment) is not null)
            {
                context.Console.Error.WriteLine("phantom-gen: --diff compares an environment with the base spec; leave out --environment.");
                return ExitCodes.UsageOrIo;
            }

            return EnvironmentDiffList.Run(context, result.GetValue(spec), compared, listFormat);
        });
        return command;
    }

    private static int Run(CommandContext context, string? specOption, string? environment, ListFormat format, string? group, string? container)
    {
        if (ValidSpec.Load(context, specOption, environment, out var exitCode) is not { } loaded)
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
                WriteMarkdown(output, Headers, rows);
                break;
            default:
                TextTable.Write(output, Headers, rows);
                break;
        }

        return ExitCodes.Success;
    }

    internal static void WriteMarkdown(TextWriter output, IReadOnlyList<string> headers, IEnumerable<string[]> rows)
    {
        output.WriteLine("| " + string.Join(" | ", headers) + " |");
        output.WriteLine("|" + string.Concat(headers.Select(_ => "---|")));
        foreach (var row in rows)
        {
            output.WriteLine("| " + string.Join(" | ", row.Select(c => Rendering.Functions.SafeTextFunctions.MdCell(c))) + " |");
        }
    }

    private static string[] Row(PortMapping port) =>
    [
        PortText.HostPort(port),
        port.Protocol.Value.ToUpperName(),
        port.Container.Name,
        port.Name.Value,
        port.Container.Service ?? "-",
        PortText.ContainerPort(port),
        PortText.PublishedOn(port),
        port.Group?.Value ?? "-",
        PortText.Health(port),
        PortText.Exposure(port.Exposure),
    ];

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

                json.WriteString("healthCheck", PortText.Health(port));
                json.WriteString("exposure", PortText.Exposure(port.Exposure));
                json.WriteString("metricsPath", port.MetricsPath?.Value);
                json.WriteEndObject();
            }

            json.WriteEndArray();
        });
    }
}
