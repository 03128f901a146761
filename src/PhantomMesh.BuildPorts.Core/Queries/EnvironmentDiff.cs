using PhantomMesh.BuildPorts.Spec;

namespace PhantomMesh.BuildPorts.Queries;

/// <summary>What an environment's effective spec changes against the base spec, setting by setting.</summary>
public static class EnvironmentDiff
{
    private static readonly (string Setting, Func<PortMapping, string> Value)[] PortSettings =
    [
        ("host port", PortText.HostPort),
        ("protocol", p => p.Protocol.Value.ToLowerName()),
        ("published on", PortText.PublishedOn),
        ("exposure", p => PortText.Exposure(p.Exposure)),
        ("container port", PortText.ContainerPort),
        ("group", p => p.Group?.Value ?? "-"),
        ("health check", PortText.Health),
        ("metrics path", p => p.MetricsPath?.Value ?? "-"),
    ];

    public static IReadOnlyList<EnvironmentChange> Compute(PortSpec baseSpec, PortSpec environment)
    {
        var changes = new List<EnvironmentChange>();
        Compare(changes, "project", null, "host range", baseSpec.Project.HostRange?.Value.ToString(), environment.Project.HostRange?.Value.ToString());
        Compare(changes, "project", null, "network", baseSpec.Project.Network?.Value, environment.Project.Network?.Value);
        CompareNamed(changes, "group", baseSpec.Groups, environment.Groups, g => g.Name.Value, g => g.Range.Value.ToString());
        CompareNamed(changes, "reserved", baseSpec.Reserved, environment.Reserved, r => r.Name.Value, r => r.Range.Value.ToString());
        CompareNamed(changes, "container", baseSpec.Containers, environment.Containers, c => c.Name.Value, Source);

        var environmentPorts = environment.Ports.ToDictionary(Key);
        foreach (var port in baseSpec.Ports.InHostPortOrder())
        {
            if (!environmentPorts.TryGetValue(Key(port), out var changed))
            {
                changes.Add(new EnvironmentChange(port.Container.Name, port.Name.Value, "port", $"{PortText.HostPort(port)}/{port.Protocol.Value.ToLowerName()}", null));
                continue;
            }

            foreach (var (setting, value) in PortSettings)
            {
                Compare(changes, port.Container.Name, port.Name.Value, setting, value(port), value(changed));
            }
        }

        return changes;
    }

    private static (string, string) Key(PortMapping port) => (port.Container.Name, port.Name.Value);

    private static string Source(ContainerSpec container)
        => container.Image is { } image ? $"image {image.Value}" : $"dockerfile {container.Dockerfile?.Value}";

    private static void CompareNamed<T>(List<EnvironmentChange> changes, string kind, IReadOnlyList<T> before, IReadOnlyList<T> after, Func<T, string> name, Func<T, string> value)
    {
        var afterByName = after.ToDictionary(name, StringComparer.Ordinal);
        var beforeNames = before.Select(name).ToHashSet(StringComparer.Ordinal);
        foreach (var item in before)
        {
            Compare(changes, $"{kind} {name(item)}", null, kind == "container" ? "source" : "range", value(item), afterByName.TryGetValue(name(item), out var changed) ? value(changed) : null);
        }

        foreach (var added in after.Where(a => !beforeNames.Contains(name(a))))
        {
            changes.Add(new EnvironmentChange($"{kind} {name(added)}", null, kind == "container" ? "source" : "range", null, value(added)));
        }
    }

    private static void Compare(List<EnvironmentChange> changes, string subject, string? port, string setting, string? before, string? after)
    {
        if (!string.Equals(before, after, StringComparison.Ordinal))
        {
            changes.Add(new EnvironmentChange(subject, port, setting, before, after));
        }
    }
}
