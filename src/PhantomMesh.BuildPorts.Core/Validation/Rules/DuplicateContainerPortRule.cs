using PhantomMesh.BuildPorts.Diagnostics;
using PhantomMesh.BuildPorts.Spec;

namespace PhantomMesh.BuildPorts.Validation.Rules;

/// <summary>
/// PM1206: one container declares the same mapping (host port, container port, protocol, on
/// overlapping addresses) twice under two names. Two different host ports onto one container
/// port are PM2006's concern.
/// </summary>
internal sealed class DuplicateContainerPortRule : IValidationRule
{
    public void Check(ValidationContext context)
    {
        // One table for every container, emptied between them; a list is made only for a mapping declared twice.
        var seen = new Dictionary<(int, int, Protocol), object>();
        foreach (var container in context.Root.Containers)
        {
            ReusedTable.Reset(ref seen);
            foreach (var port in container.Ports)
            {
                var key = (port.HostPort.Value, port.ContainerPort.Value, port.Protocol.Value);
                if (!seen.TryGetValue(key, out var declared))
                {
                    seen.Add(key, port);
                    continue;
                }

                if (declared is not List<PortMapping> earlier)
                {
                    seen[key] = earlier = [(PortMapping)declared];
                }

                // One mapping published on two separate addresses is fine; on overlapping ones it is declared twice.
                var first = earlier.FirstOrDefault(e => IpText.Overlap(e.PublishedAddress, port.PublishedAddress));
                earlier.Add(port);
                if (first is null)
                {
                    continue;
                }

                context.Report(DiagnosticCatalog.DuplicateContainerPort, port.ContainerPort.Location,
                    $"Container '{container.Name.Value}' already declares port {port.ContainerPort.Value}/{port.Protocol.Value.ToLowerName()} " +
                    $"on host port {port.HostPort.Value} as '{first.Name.Value}'; '{port.Name.Value}' declares it again. Keep one declaration.",
                    port,
                    new RelatedLocation(first.ContainerPort.Location, $"'{first.Name.Value}' declares it here"));
            }
        }
    }
}
