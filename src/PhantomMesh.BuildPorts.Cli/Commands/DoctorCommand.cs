using System.CommandLine;
using PhantomMesh.BuildPorts.Cli.Doctor;
using PhantomMesh.BuildPorts.Cli.Doctor.Docker;
using PhantomMesh.BuildPorts.Cli.Formatting;
using PhantomMesh.BuildPorts.Queries;
using PhantomMesh.BuildPorts.Spec;
using PhantomMesh.BuildPorts.Validation;

namespace PhantomMesh.BuildPorts.Cli.Commands;

/// <summary>
/// <c>phantom-gen doctor</c>: the design document's pre-deployment check, done natively. Asks the
/// Docker engine which container publishes each host port, and binds the rest for a moment.
/// </summary>
internal static class DoctorCommand
{
    public enum DoctorFormat
    {
        Text,
        Json,
    }

    private static readonly TimeSpan DefaultEngineTimeout = TimeSpan.FromSeconds(3);

    public static Command Create(CommandContext context)
    {
        var spec = CommonOptions.Spec();
        var environment = CommonOptions.Environment("Check the host ports of this environment ([environments.NAME] of the spec). Default: the base spec's.");
        var format = CommonOptions.Format("Output format: text (a table) or json.", DoctorFormat.Text);
        var composeProject = new Option<string?>("--compose-project")
        {
            Description = "The compose project our stack runs as (docker compose -p NAME). Default: any project whose service and container port match the spec's count as ours.",
            HelpName = "NAME",
        };
        var engineTimeout = new Option<double>("--engine-timeout")
        {
            Description = "Seconds to wait for the Docker engine before checking by binding alone. Default: 3.",
            HelpName = "SECONDS",
            DefaultValueFactory = _ => DefaultEngineTimeout.TotalSeconds,
        };
        engineTimeout.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<double>() is <= 0 or > 600)
            {
                result.AddError("--engine-timeout must be more than 0 and at most 600 seconds.");
            }
        });
        var command = new Command("doctor", "Check every published host port of the spec on this machine: free, published by our own stack, or held by another container (named with its compose project) or process. Exit 1 when any is held by something else.")
        {
            spec, environment, format, composeProject, engineTimeout,
        };
        command.SetAction(result => Run(
            context,
            result.GetValue(spec),
            result.GetValue(environment),
            CommonOptions.ParseFormat(result.GetValue(format), DoctorFormat.Text),
            result.GetValue(composeProject),
            TimeSpan.FromSeconds(result.GetValue(engineTimeout))));
        return command;
    }

    private static int Run(CommandContext context, string? specOption, string? environment, DoctorFormat format, string? composeProject, TimeSpan engineTimeout)
    {
        if (ValidSpec.Load(context, specOption, environment, out var exitCode) is not { } loaded)
        {
            return exitCode;
        }

        var engine = AskEngine(context.Console.DockerHost, engineTimeout);
        var ownership = new PortOwnership(engine, new PortProbe(), composeProject);
        var verdicts = loaded.Specs.Root.Ports
            .Where(p => p.IsPublished)
            .InHostPortOrder()
            .Select(port => (Port: port, Verdict: ownership.Judge(port)))
            .ToList();
        var conflicts = verdicts.Count(v => v.Verdict.IsConflict);

        if (format == DoctorFormat.Json)
        {
            DoctorJson.Write(context.Console.Out, engine, verdicts);
        }
        else
        {
            WriteText(context, loaded.Path, engine, verdicts, conflicts);
        }

        return conflicts == 0 ? ExitCodes.Success : ExitCodes.Failure;
    }

    private static EngineAnswer AskEngine(string? dockerHost, TimeSpan timeout)
    {
        var (socket, unsupported) = DockerEndpoint.Resolve(dockerHost);
        return socket is null
            ? EngineAnswer.NotReached(unsupported! + "; ports were checked by binding them only")
            : new DockerEngineClient(socket, timeout).ListRunningContainersAsync().GetAwaiter().GetResult();
    }

    private static void WriteText(CommandContext context, string specPath, EngineAnswer engine, List<(PortMapping Port, PortVerdict Verdict)> verdicts, int conflicts)
    {
        if (engine.Note is { } note)
        {
            context.Console.Error.WriteLine($"phantom-gen: note: {note}.");
        }

        var rows = verdicts.Select(v => new[]
        {
            PortText.HostPort(v.Port),
            v.Port.Protocol.Value.ToUpperName(),
            PortText.PublishedOn(v.Port),
            $"{v.Port.Container.Name}.{v.Port.Name.Value}",
            v.Verdict.State,
            v.Verdict.Detail,
        }).ToList();
        TextTable.Write(context.Console.Out, ["Port", "Proto", "Address", "Used by", "State", "Detail"], rows);

        var ours = verdicts.Count(v => v.Verdict.Kind == PortVerdictKind.Ours);
        var deployed = ours == 0 ? string.Empty : $" ({ours} published by our own stack)";
        context.Console.Out.WriteLine(conflicts == 0
            ? $"{context.Display(specPath)}: {(rows.Count == 1 ? "the host port is" : $"all {rows.Count} host ports are")} free{deployed}."
            : $"{context.Display(specPath)}: {Summary.Plural(conflicts, "host port")} of {rows.Count} already taken on this machine.");
    }
}
