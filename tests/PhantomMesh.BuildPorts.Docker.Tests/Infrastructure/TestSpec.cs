using System.Text;

namespace PhantomMesh.BuildPorts.Docker.Tests.Infrastructure;

/// <summary>A ports.toml of a test's own: its project, network, containers and ports.</summary>
public sealed record TestSpec(string Project, string Network, IReadOnlyList<TestContainer> Containers)
{
    /// <summary>More TOML after the containers (for example an [alerts] table).</summary>
    public string Extra { get; init; } = "";

    /// <summary>A spec whose project and network names hold a fresh id: nothing it makes meets another test's.</summary>
    public static TestSpec Unique(string kind, IReadOnlyList<TestContainer> containers)
    {
        var id = RunLabel.NewId();
        return new TestSpec($"{kind} {id}", $"pmgt-{id}-net", containers);
    }

    public IEnumerable<TestPort> Ports => Containers.SelectMany(c => c.Ports);

    public TestPort Port(string container, string name) =>
        Containers.Single(c => c.Name == container).Ports.Single(p => p.Name == name);

    public string ToToml()
    {
        var toml = new StringBuilder();
        toml.Append($"[project]\nname = \"{Project}\"\nnetwork = \"{Network}\"\n");
        foreach (var container in Containers)
        {
            toml.Append($"\n[containers.{container.Name}]\n");
            toml.Append(container.Image is null ? $"dockerfile = \"{container.Dockerfile}\"\n" : $"image = \"{container.Image}\"\n");
            foreach (var port in container.Ports)
            {
                toml.Append($"\n[containers.{container.Name}.ports.{port.Name}]\n");
                toml.Append($"host_port = {port.HostPort}\ncontainer_port = {port.ContainerPort}\nprotocol = \"{port.Protocol}\"\n");
                toml.Append($"exposure = {port.Exposure}\n");
                if (port.HealthPath is not null)
                {
                    toml.Append($"health = {{ http = \"{port.HealthPath}\" }}\n");
                }

                if (port.MetricsPath is not null)
                {
                    toml.Append($"metrics_path = \"{port.MetricsPath}\"\n");
                }
            }
        }

        return toml.Append(Extra).ToString();
    }
}

/// <summary>A container of a <see cref="TestSpec"/>: pulled (<see cref="Image"/>) or built (<see cref="Dockerfile"/>).</summary>
public sealed record TestContainer(string Name, IReadOnlyList<TestPort> Ports)
{
    public string? Image { get; init; }

    public string? Dockerfile { get; init; }
}

/// <summary>A port of a <see cref="TestContainer"/>; <see cref="Exposure"/> is TOML (see <see cref="Exposures"/>).</summary>
public sealed record TestPort(string Name, int HostPort, int ContainerPort)
{
    public string Protocol { get; init; } = "tcp";

    public string Exposure { get; init; } = Exposures.Public;

    public string? HealthPath { get; init; }

    public string? MetricsPath { get; init; }
}

/// <summary>The values of a port's <c>exposure</c> key, as TOML.</summary>
public static class Exposures
{
    public const string Public = "\"public\"";

    public const string Internal = "\"internal\"";

    public const string Unpublished = "\"unpublished\"";

    public static string AllowFrom(string cidr) => $"{{ allow_from = [\"{cidr}\"] }}";
}
