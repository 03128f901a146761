using System.Net;
using PhantomMesh.BuildPorts.Cli.Doctor.Docker;
using PhantomMesh.BuildPorts.Spec;

namespace PhantomMesh.BuildPorts.Cli.Doctor;

/// <summary>
/// Decides who holds each host port of the spec: a running container (from the engine's list), else
/// whatever a bind probe finds, named through /proc where it can be.
/// </summary>
public sealed class PortOwnership(EngineAnswer engine, PortProbe probe, string? composeProject)
{
    public PortVerdict Judge(PortMapping port)
    {
        if (FindPublisher(port) is { } found)
        {
            var (container, published) = found;
            var where = $"{published.IP}:{published.PublicPort}->{published.PrivatePort}/{published.Type}";
            var project = container.ComposeProject is { } p ? $" of compose project '{p}'" : " (not a compose project)";
            return IsOurs(port, container, published)
                ? new PortVerdict(PortVerdictKind.Ours, $"published by our container {container.Name}{project} ({where}): already deployed", container)
                : new PortVerdict(PortVerdictKind.HeldByContainer, $"published by container {container.Name}{project} ({where})", container);
        }

        var status = probe.Check(port.HostPort.Value, port.Protocol.Value, port.PublishedAddress);
        return status.State switch
        {
            PortState.Free => new PortVerdict(PortVerdictKind.Free, status.Detail),
            PortState.Taken => HeldByProcess(port, status),
            PortState.CannotBind => new PortVerdict(PortVerdictKind.CannotBind, status.Detail),
            _ => new PortVerdict(PortVerdictKind.NotChecked, status.Detail),
        };
    }

    private static PortVerdict HeldByProcess(PortMapping port, PortStatus status)
    {
        var process = ListeningProcessFinder.Find(port.HostPort.Value, port.Protocol.Value);
        var detail = process is null ? $"{status.Detail} (a process doctor cannot name)" : $"{status.Detail}, by {process}";
        return new PortVerdict(PortVerdictKind.HeldByProcess, detail, Process: process);
    }

    private (DockerContainer Container, DockerPublishedPort Published)? FindPublisher(PortMapping port)
    {
        var protocol = port.Protocol.Value.ToLowerName();
        foreach (var container in engine.Containers ?? [])
        {
            foreach (var published in container.Ports ?? [])
            {
                if (published.PublicPort == port.HostPort.Value
                    && string.Equals(published.Type, protocol, StringComparison.OrdinalIgnoreCase)
                    && IpText.Overlap(ParseAddress(published.IP), port.PublishedAddress))
                {
                    return (container, published);
                }
            }
        }

        return null;
    }

    /// <summary>
    /// Ours: the compose service is the spec's container, the container port is the spec's, and the
    /// compose project is the one named with --compose-project when one is.
    /// </summary>
    private bool IsOurs(PortMapping port, DockerContainer container, DockerPublishedPort published)
        => container.ComposeService == port.Container.Name
           && published.PrivatePort == port.ContainerPort.Value
           && (composeProject is null || container.ComposeProject == composeProject);

    /// <summary>The engine writes "0.0.0.0" or "::" for every address; an empty IP means the same.</summary>
    private static IPAddress? ParseAddress(string? text)
        => string.IsNullOrEmpty(text) || !IPAddress.TryParse(text, out var address) ? null : address;
}
