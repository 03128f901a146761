using PhantomMesh.BuildPorts.Diagnostics;
using PhantomMesh.BuildPorts.Spec;

namespace PhantomMesh.BuildPorts.Validation.Rules;

/// <summary>PM2006: two different host ports publish the same container port of one container (the design document's Grafana 24541/24542).</summary>
internal sealed class SameContainerTargetRule : IValidationRule
{
    public void Check(ValidationContext context)
    {
        var seen = new Dictionary<(int, Protocol), PortMapping>();
        foreach (var container in context.Root.Containers)
        {
            ReusedTable.Reset(ref seen);
            foreach (var port in container.Ports)
            {
                var key = (port.ContainerPort.Value, port.Protocol.Value);
                if (!seen.TryGetValue(key, out var first))
                {
                    seen[key] = port;
                    continue;
                }

                if (first.HostPort.Value == port.HostPort.Value)
                {
                    continue; // the same mapping twice: PM1206
                }

                context.Report(DiagnosticCatalog.SameContainerTarget, port.HostPort.Location,
                    $"Host port {port.HostPort.Value} ('{port.Name.Value}') and host port {first.HostPort.Value} ('{first.Name.Value}') both reach " +
                    $"container port {port.ContainerPort.Value}/{port.Protocol.Value.ToLowerName()} of '{container.Name.Value}': the same process. Publish one of them.",
                    port,
                    new RelatedLocation(first.HostPort.Location, $"'{first.Name.Value}' publishes it here"));
            }
        }
    }
}
