using PhantomMesh.BuildPorts.Queries;
using PhantomMesh.BuildPorts.Spec;
using Scriban.Runtime;

namespace PhantomMesh.BuildPorts.Rendering.Model;

/// <summary>
/// Builds the data a template sees from the spec. The model holds only strings, numbers, booleans, lists and
/// objects (no .NET objects), so a template can read the spec but cannot reach anything else. docs/templates.md
/// documents every member. It may run before the spec is validated (generate builds it beside the check,
/// <see cref="ModelInAdvance"/>): on a spec the check then refuses it may throw, and nothing renders it.
/// </summary>
internal static class TemplateModelBuilder
{
    private static readonly IEqualityComparer<PortMapping> ReferenceComparer = ReferenceEqualityComparer.Instance;

    public static ScriptObject Build(SpecSet specs)
    {
        var spec = specs.Root;
        var ports = spec.Ports
            .InHostPortOrder()
            .ToList();
        var groupTitles = spec.Groups.ToDictionary(g => g.Name.Value, g => g.Title, StringComparer.Ordinal);

        // By reference: a port is a record, and hashing all its members for every lookup cost more than building its model.
        var portObjects = ports.ToDictionary(p => p, p => new PortModelObject(p, GroupTitle(p, groupTitles)), ReferenceComparer);
        var portModels = ports.Select(p => portObjects[p]).ToList();
        var portsByGroup = ports.Where(p => p.Group is not null).ToLookup(p => p.Group!.Value.Value, StringComparer.Ordinal);
        var usage = UsageSummary.Compute(specs);
        var usageByGroup = usage.Groups.DistinctBy(u => u.Name, StringComparer.Ordinal).ToDictionary(u => u.Name, StringComparer.Ordinal);

        var model = new ScriptObject
        {
            ["project"] = ProjectModel(spec, usage),
            ["environment"] = EnvironmentModel(spec.Environment),
            ["groups"] = Array(spec.Groups.OrderBy(g => g.Range.Value.First).Select(g => GroupModel(g, portsByGroup[g.Name.Value], portObjects, usageByGroup[g.Name.Value]))),
            ["reserved"] = Array(spec.Reserved.OrderBy(r => r.Range.Value.First).Select(ReservedModel)),
            ["containers"] = Array(ContainerModels(spec.Containers, ports, portObjects)),
            ["ports"] = Array(portModels),
            ["scraped_ports"] = Array(ports.Where(p => p.IsScraped).Select(p => portObjects[p])),
            ["services"] = Array(ServiceModels(ports, portObjects)),
            ["migration"] = Array(MigrationTable.Rows(ports).Select(row => new MigrationModelObject(row))),
            ["generator"] = new ScriptObject
            {
                ["name"] = "phantom-gen",
                ["spec_file"] = Path.GetFileName(spec.File),
            },
        };
        PortLists.AddTo(model, portModels);
        return model;
    }

    private static string? GroupTitle(PortMapping port, Dictionary<string, string> groupTitles)
        => port.Group is { } group && groupTitles.TryGetValue(group.Value, out var title) ? title : null;

    private static ScriptObject ProjectModel(PortSpec spec, UsageSummary usage) => new()
    {
        ["name"] = spec.Project.Name.Value,
        ["network"] = spec.Project.Network?.Value,
        ["outputs"] = spec.Project.Outputs == OutputSet.PortsOnly ? "ports-only" : "full",
        ["host_range"] = spec.Project.HostRange is { } range ? RangeModel(range.Value) : null,
        ["usage"] = usage.Project is { } total ? UsageModel(total) : null,
        ["alerts"] = new ScriptObject
        {
            ["target_down_for"] = spec.Alerts.TargetDownFor,
            ["severity"] = spec.Alerts.Severity,
        },
    };

    /// <summary>The environment rendered; for the base spec a name of null and no Kubernetes.</summary>
    private static ScriptObject EnvironmentModel(EnvironmentSettings? environment) => new()
    {
        ["name"] = environment?.Name.Value,
        ["is_kubernetes"] = environment?.IsKubernetes ?? false,
        ["namespace"] = environment is { IsKubernetes: true } ? environment.Namespace : null,
        ["port_offset"] = environment?.Offset ?? 0,
    };

    /// <summary><paramref name="ports"/> are the group's own, in host-port order.</summary>
    private static ScriptObject GroupModel(PortGroup group, IEnumerable<PortMapping> ports, Dictionary<PortMapping, PortModelObject> portObjects, GroupUsage figures) => new()
    {
        ["name"] = group.Name.Value,
        ["title"] = group.Title,
        ["range"] = RangeModel(group.Range.Value),
        ["ports"] = Array(ports.Select(p => portObjects[p])),
        ["usage"] = UsageModel(figures),
    };

    private static ScriptObject UsageModel(GroupUsage usage) => new()
    {
        ["size"] = usage.Size,
        ["used"] = usage.Used,
        ["reserved"] = usage.Reserved,
        ["free"] = usage.Free,
        ["free_percent"] = (int)Math.Round(usage.FreePercent, MidpointRounding.AwayFromZero),
    };

    private static ScriptObject ReservedModel(ReservedEntry reserved) => new()
    {
        ["name"] = reserved.Name.Value,
        ["title"] = reserved.Title,
        ["purpose"] = reserved.Purpose,
        ["range"] = RangeModel(reserved.Range.Value),
        ["is_block"] = reserved.IsBlock,
    };

    /// <summary>
    /// In spec order; <c>first_with_dockerfile</c> is read from one set of the Dockerfiles named so far, not by searching every container for each.
    /// Each container's ports are taken from <paramref name="portsInOrder"/> (all ports, in host-port order) rather than sorted again per container.
    /// </summary>
    private static IEnumerable<ScriptObject> ContainerModels(IReadOnlyList<ContainerSpec> containers, List<PortMapping> portsInOrder, Dictionary<PortMapping, PortModelObject> portObjects)
    {
        var portsByContainer = PortsByContainer(containers, portsInOrder);
        var dockerfiles = new HashSet<string>(StringComparer.Ordinal);
        foreach (var container in containers)
        {
            var first = container.Dockerfile is { } dockerfile && dockerfiles.Add(dockerfile.Value);
            yield return ContainerModel(container, portsByContainer[container], first, portObjects);
        }
    }

    /// <summary>Each container's ports in host-port order: the order of all ports, kept within each container.</summary>
    private static Dictionary<ContainerSpec, List<PortMapping>> PortsByContainer(IReadOnlyList<ContainerSpec> containers, List<PortMapping> portsInOrder)
    {
        var byContainer = new Dictionary<ContainerSpec, List<PortMapping>>(containers.Count, ReferenceEqualityComparer.Instance);
        var owner = new Dictionary<PortMapping, List<PortMapping>>(portsInOrder.Count, ReferenceComparer);
        foreach (var container in containers)
        {
            var list = new List<PortMapping>(container.Ports.Count);
            byContainer.TryAdd(container, list);
            foreach (var port in container.Ports)
            {
                owner.TryAdd(port, list);
            }
        }

        foreach (var port in portsInOrder)
        {
            owner[port].Add(port);
        }

        return byContainer;
    }

    private static ScriptObject ContainerModel(ContainerSpec container, List<PortMapping> ports, bool firstWithDockerfile, Dictionary<PortMapping, PortModelObject> portObjects)
    {
        var portModels = ports.ConvertAll(p => portObjects[p]);
        return new ScriptObject(10)
        {
            ["name"] = container.Name.Value,
            ["image"] = container.Image?.Value,
            ["dockerfile"] = container.Dockerfile?.Value,
            ["first_with_dockerfile"] = firstWithDockerfile,
            ["service"] = container.Service?.Value,
            ["ports"] = Array(portModels),
            ["published_ports"] = PortLists.Published(portModels),
            ["unpublished_ports"] = PortLists.Unpublished(portModels),
            ["exposed"] = Array(ExposedPorts(ports)),
            ["health_port"] = HealthPort(container, ports) is { } checkedPort ? portObjects[checkedPort] : null,
        };
    }

    /// <summary><see cref="ContainerSpec.HealthPort"/>, from the container's ports already in host-port order.</summary>
    private static PortMapping? HealthPort(ContainerSpec container, List<PortMapping> portsInOrder)
        => container.HealthPortName is null
            ? portsInOrder.Find(p => p.Health.Kind != HealthCheckKind.None)
            : container.HealthPort;

    /// <summary>The container ports a Dockerfile EXPOSEs: each (port, protocol) once, by port, then protocol name.</summary>
    private static List<ExposedPortModelObject> ExposedPorts(List<PortMapping> ports)
    {
        var sorted = ports.ConvertAll(p => (Port: p.ContainerPort.Value, Protocol: p.Protocol.Value));
        sorted.Sort(static (a, b) => a.Port != b.Port
            ? a.Port.CompareTo(b.Port)
            : string.CompareOrdinal(a.Protocol.ToLowerName(), b.Protocol.ToLowerName()));
        var exposed = new List<ExposedPortModelObject>(sorted.Count);
        for (var i = 0; i < sorted.Count; i++)
        {
            // Sorted, the ports a container exposes twice are side by side.
            if (i == 0 || sorted[i] != sorted[i - 1])
            {
                exposed.Add(new ExposedPortModelObject(sorted[i].Port, sorted[i].Protocol));
            }
        }

        return exposed;
    }

    private static IEnumerable<ScriptObject> ServiceModels(List<PortMapping> ports, Dictionary<PortMapping, PortModelObject> portObjects)
        => ports
            .Where(p => p.Container.Service is not null)
            .GroupBy(p => p.Container.Service!, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new ScriptObject(3)
            {
                ["name"] = g.Key,
                ["containers"] = Array(g.Select(p => p.Container.Name).Distinct().Order(StringComparer.Ordinal).Select(n => (object)n)),
                ["ports"] = Array(g.Select(p => portObjects[p])),
            });

    internal static ScriptObject RangeModel(PortRange range) => new()
    {
        ["first"] = range.First,
        ["last"] = range.Last,
        ["size"] = range.Count,
        ["text"] = range.ToString(),
    };

    internal static ScriptArray Array(IEnumerable<object?> items)
    {
        var array = items.TryGetNonEnumeratedCount(out var count) ? new ScriptArray(count) : new ScriptArray();
        foreach (var item in items)
        {
            array.Add(item);
        }

        return array;
    }
}
