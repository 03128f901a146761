using System.CommandLine;
using PhantomMesh.BuildPorts.Cli.Formatting;
using PhantomMesh.BuildPorts.Queries;
using PhantomMesh.BuildPorts.Spec;
using PhantomMesh.BuildPorts.Validation;

namespace PhantomMesh.BuildPorts.Cli.Commands;

/// <summary><c>phantom-gen next</c>: the next free host ports of a group or range.</summary>
internal static class NextCommand
{
    public static Command Create(CommandContext context)
    {
        var spec = CommonOptions.Spec();
        var environment = CommonOptions.Environment("Allocate in this environment ([environments.NAME] of the spec), with its port offset, groups, reservations and includes. Default: the base spec.");
        var group = new Argument<string?>("group") { Description = "The group to allocate from. Default: the project's whole host range.", Arity = ArgumentArity.ZeroOrOne };
        var range = new Option<string?>("--range") { Description = "Allocate from this range instead of a group.", HelpName = "FIRST-LAST" };
        var count = new Option<int>("--count") { Description = "How many free ports to list.", DefaultValueFactory = _ => 1, HelpName = "N" };
        var command = new Command("next", "List the next free host ports: not used by this spec or the specs it includes, not reserved, not registered with IANA. Exit 1 when fewer than --count are free.")
        {
            group, spec, environment, range, count,
        };
        command.SetAction(result => Run(context, result.GetValue(spec), result.GetValue(environment), result.GetValue(group), result.GetValue(range), result.GetValue(count)));
        return command;
    }

    private static int Run(CommandContext context, string? specOption, string? environment, string? groupName, string? rangeText, int count)
    {
        var error = context.Console.Error;
        if (count < 1)
        {
            error.WriteLine("phantom-gen: --count must be 1 or more.");
            return ExitCodes.UsageOrIo;
        }

        if (ValidSpec.Load(context, specOption, environment, out var exitCode) is not { } loaded)
        {
            return exitCode;
        }

        var specs = loaded.Specs;

        var root = specs.Root;
        PortRange range;
        if (rangeText is not null)
        {
            if (!PortRange.TryParse(rangeText, out range) || range.First < 1 || range.Last > 65535)
            {
                error.WriteLine($"phantom-gen: --range '{rangeText}' is not a range of ports; write FIRST-LAST, such as 24580-24599.");
                return ExitCodes.UsageOrIo;
            }
        }
        else if (groupName is not null)
        {
            if (root.FindGroup(groupName) is not { } group)
            {
                error.WriteLine($"phantom-gen: the spec has no group '{groupName}'; groups: {string.Join(", ", root.Groups.Select(g => g.Name.Value))}.");
                return ExitCodes.UsageOrIo;
            }

            range = group.Range.Value;
        }
        else if (root.Project.HostRange is { } hostRange)
        {
            range = hostRange.Value;
        }
        else
        {
            error.WriteLine("phantom-gen: the spec has no [project] host_range; name a group or pass --range.");
            return ExitCodes.UsageOrIo;
        }

        var free = FreePortFinder.Find(specs, range, count);
        foreach (var port in free)
        {
            context.Console.Out.WriteLine(port);
        }

        if (free.Count < count)
        {
            error.WriteLine($"phantom-gen: only {free.Count} of the {count} requested ports are free in {range}.");
            return ExitCodes.Failure;
        }

        return ExitCodes.Success;
    }
}
