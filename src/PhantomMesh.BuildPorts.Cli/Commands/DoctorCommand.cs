using System.CommandLine;
using System.Globalization;
using PhantomMesh.BuildPorts.Cli.Doctor;
using PhantomMesh.BuildPorts.Cli.Formatting;
using PhantomMesh.BuildPorts.Spec;
using PhantomMesh.BuildPorts.Validation;

namespace PhantomMesh.BuildPorts.Cli.Commands;

/// <summary><c>phantom-gen doctor</c>: the design document's pre-deployment check, done natively.</summary>
internal static class DoctorCommand
{
    public static Command Create(CommandContext context)
    {
        var spec = CommonOptions.Spec();
        var command = new Command("doctor", "Check that every host port of the spec is free on this machine (tcp and udp, on the port's address) and can be bound. Exit 1 when any is taken. Needs neither netstat nor ss.")
        {
            spec,
        };
        command.SetAction(result => Run(context, result.GetValue(spec)));
        return command;
    }

    private static int Run(CommandContext context, string? specOption)
    {
        if (ValidSpec.Load(context, specOption, out var exitCode) is not { } loaded)
        {
            return exitCode;
        }

        var (specs, specPath) = (loaded.Specs, loaded.Path);

        var probe = new PortProbe();
        var rows = new List<string[]>();
        var taken = 0;
        foreach (var port in specs.Root.Ports.Where(p => p.IsPublished).InHostPortOrder())
        {
            var status = probe.Check(port.HostPort.Value, port.Protocol.Value, port.PublishedAddress);
            taken += status.State == PortState.Taken ? 1 : 0;
            rows.Add(
            [
                port.HostPort.Value.ToString(CultureInfo.InvariantCulture),
                port.Protocol.Value.ToUpperName(),
                ListCommand.PublishedOn(port),
                $"{port.Container.Name}.{port.Name.Value}",
                status.State switch
                {
                    PortState.Free => "free",
                    PortState.Taken => "TAKEN",
                    PortState.CannotBind => "cannot bind",
                    _ => "not checked",
                },
                status.Detail,
            ]);
        }

        TextTable.Write(context.Console.Out, ["Port", "Proto", "Address", "Used by", "State", "Detail"], rows);
        context.Console.Out.WriteLine(taken == 0
            ? $"{context.Display(specPath)}: {(rows.Count == 1 ? "the host port is" : $"all {rows.Count} host ports are")} free."
            : $"{context.Display(specPath)}: {Summary.Plural(taken, "host port")} of {rows.Count} already taken on this machine.");
        return taken == 0 ? ExitCodes.Success : ExitCodes.Failure;
    }
}
