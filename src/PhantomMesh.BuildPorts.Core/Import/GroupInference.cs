using System.Globalization;

namespace PhantomMesh.BuildPorts.Import;

/// <summary>How an import groups ports: not at all (the default), by service, or by blocks of consecutive host ports.</summary>
public enum GroupInference
{
    None,
    Service,
    Blocks,
}

/// <summary>Infers groups for an imported project; groups never overlap, so a service whose ports interleave with an earlier service's stays ungrouped.</summary>
internal static class GroupInferrer
{
    public static (ImportedProject Project, IReadOnlyList<ImportedGroup> Groups) Apply(ImportedProject project, GroupInference inference)
    {
        var groups = inference switch
        {
            GroupInference.Service => ByService(project),
            GroupInference.Blocks => ByBlocks(project),
            _ => [],
        };
        if (groups.Count == 0)
        {
            return (project, groups);
        }

        var containers = project.Containers.Select(c => c with
        {
            Ports = [.. c.Ports.Select(p => p with { Group = GroupOf(groups, c.Name, p.HostPort, inference) })],
        }).ToList();
        return (project with { Containers = containers }, groups);
    }

    private static string? GroupOf(List<ImportedGroup> groups, string container, int hostPort, GroupInference inference)
        => groups.FirstOrDefault(g => (inference != GroupInference.Service || g.Name == container) && hostPort >= g.First && hostPort <= g.Last)?.Name;

    private static List<ImportedGroup> ByService(ImportedProject project)
    {
        var groups = new List<ImportedGroup>();
        foreach (var container in project.Containers.Where(c => c.Ports.Count > 0))
        {
            var first = container.Ports.Min(p => p.HostPort);
            var last = container.Ports.Max(p => p.HostPort);
            if (!groups.Any(g => first <= g.Last && g.First <= last) && !OtherPortsWithin(project, container.Name, first, last))
            {
                groups.Add(new ImportedGroup(container.Name, container.Name, first, last));
            }
        }

        return groups;
    }

    private static bool OtherPortsWithin(ImportedProject project, string container, int first, int last)
        => project.Containers.Any(c => c.Name != container && c.Ports.Any(p => p.HostPort >= first && p.HostPort <= last));

    private static List<ImportedGroup> ByBlocks(ImportedProject project)
    {
        var ports = project.Containers.SelectMany(c => c.Ports).Select(p => p.HostPort).Distinct().Order().ToList();
        var groups = new List<ImportedGroup>();
        var start = 0;
        for (var i = 1; i <= ports.Count; i++)
        {
            if (i == ports.Count || ports[i] != ports[i - 1] + 1)
            {
                var (first, last) = (ports[start], ports[i - 1]);
                groups.Add(new ImportedGroup(
                    string.Create(CultureInfo.InvariantCulture, $"block-{first}"),
                    string.Create(CultureInfo.InvariantCulture, $"Ports {first}-{last}"),
                    first,
                    last));
                start = i;
            }
        }

        return groups;
    }
}
