using PhantomMesh.BuildPorts.Spec;

namespace PhantomMesh.BuildPorts.Loading.Compose;

/// <summary>
/// Merges the documents of a Compose project in order, as <c>docker compose -f a.yml -f b.yml</c> does
/// for what the check reads: a later file adds its ports to a service's earlier ones, an entry equal
/// to an earlier one (same host address, target, published port and protocol) replaces it, ports
/// tagged <c>!reset</c> or <c>!override</c> replace the earlier list, a later network_mode or name wins,
/// and the details an import carries merge as <see cref="ComposeServiceDetails.Over"/> says.
/// </summary>
internal static class ComposeMerge
{
    public static (Located<string>? ProjectName, IReadOnlyList<ComposeService> Services) Merge(IEnumerable<ComposeDocument> documents)
    {
        Located<string>? projectName = null;
        var services = new List<ComposeService>();
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var document in documents)
        {
            projectName = document.ProjectName ?? projectName;
            foreach (var service in document.Services)
            {
                if (!index.TryGetValue(service.Name.Value, out var at))
                {
                    index[service.Name.Value] = services.Count;
                    services.Add(service with { Ports = AddPorts([], service.Ports) });
                    continue;
                }

                services[at] = Over(service, services[at]) with { Name = services[at].Name };
            }
        }

        return (projectName, services);
    }

    /// <summary>
    /// A service written over an earlier one: a later file's service over the earlier files', or a
    /// service over the one it extends. It keeps its own name.
    /// </summary>
    public static ComposeService Over(ComposeService later, ComposeService earlier) => later with
    {
        Ports = AddPorts(later.ReplacesPorts ? [] : earlier.Ports, later.Ports),
        NetworkMode = later.NetworkMode ?? earlier.NetworkMode,
        Details = later.Details.Over(earlier.Details),
    };

    /// <summary>The later entries added to the earlier ones: an equal entry (<see cref="ComposePort.MergeKey"/>) replaces the earlier one in place, and is written in both places.</summary>
    public static List<ComposePortEntry> AddPorts(IReadOnlyList<ComposePortEntry> earlier, IReadOnlyList<ComposePortEntry> later)
    {
        var ports = new List<ComposePortEntry>(earlier);
        var positions = new Dictionary<(string, PortRange?, PortRange, Protocol), int>();
        for (var i = 0; i < ports.Count; i++)
        {
            positions.TryAdd(ports[i].Port.MergeKey, i);
        }

        foreach (var entry in later)
        {
            if (positions.TryGetValue(entry.Port.MergeKey, out var position))
            {
                ports[position] = entry with { WrittenAt = [.. ports[position].WrittenAt, .. entry.WrittenAt] };
            }
            else
            {
                positions[entry.Port.MergeKey] = ports.Count;
                ports.Add(entry);
            }
        }

        return ports;
    }
}
