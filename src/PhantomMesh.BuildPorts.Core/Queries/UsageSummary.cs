using PhantomMesh.BuildPorts.Spec;

namespace PhantomMesh.BuildPorts.Queries;

/// <summary>
/// The usage figures the design document typed by hand, computed from the spec instead. Only the
/// spec's own ports and reservations count: included specs belong to other projects' ranges.
/// </summary>
internal sealed record UsageSummary(IReadOnlyList<GroupUsage> Groups, GroupUsage? Project)
{
    public static UsageSummary Compute(SpecSet specs)
    {
        var own = new HostPortMap([specs.Root]);

        GroupUsage Measure(string name, string title, PortRange range)
        {
            int used = 0, reserved = 0;
            for (var p = range.First; p <= range.Last; p++)
            {
                if (own.IsUsed(p))
                {
                    used++;
                }
                else if (own.IsReserved(p))
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
