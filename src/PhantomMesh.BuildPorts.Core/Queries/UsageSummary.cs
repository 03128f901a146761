using PhantomMesh.BuildPorts.Spec;

namespace PhantomMesh.BuildPorts.Queries;

/// <summary>
/// The usage figures the design document typed by hand, computed from the spec instead. Only the
/// spec's own ports and reservations count: included specs belong to other projects' ranges.
/// </summary>
public sealed record UsageSummary(IReadOnlyList<GroupUsage> Groups, GroupUsage? Project)
{
    public static UsageSummary Compute(SpecSet specs)
    {
        var ownPorts = new bool[65536];
        foreach (var port in specs.Root.Ports)
        {
            ownPorts[port.HostPort.Value] = true;
        }

        var ownReserved = new bool[65536];
        foreach (var reserved in specs.Root.Reserved)
        {
            for (var p = reserved.Range.Value.First; p <= reserved.Range.Value.Last; p++)
            {
                ownReserved[p] = true;
            }
        }

        GroupUsage Measure(string name, string title, PortRange range)
        {
            int used = 0, reserved = 0;
            for (var p = range.First; p <= range.Last; p++)
            {
                if (ownPorts[p])
                {
                    used++;
                }
                else if (ownReserved[p])
                {
                    reserved++;
                }
            }

            return new GroupUsage(name, title, range, used, reserved);
        }

        var groups = specs.Root.Groups
            .OrderBy(g => g.Range.Value.First)
            .Select(g => Measure(g.Name.Value, g.Title, g.Range.Value))
            .ToList();
        var project = specs.Root.Project.HostRange is { } hostRange
            ? Measure(specs.Root.Project.Name.Value, "Total range", hostRange.Value)
            : null;
        return new UsageSummary(groups, project);
    }
}
