using PhantomMesh.BuildPorts.Diagnostics;
using PhantomMesh.BuildPorts.Spec;

namespace PhantomMesh.BuildPorts.Validation.Rules;

/// <summary>PM1303 and PM1304: within one Kubernetes Service, port names and (protocol, port) pairs must be unique.</summary>
internal sealed class ServicePortUniquenessRule : IValidationRule
{
    public void Check(ValidationContext context)
    {
        var services = context.RootPorts
            .Where(p => p.Container.Service is not null)
            .GroupBy(p => p.Container.Service!, StringComparer.Ordinal);
        var names = new Dictionary<string, PortMapping>(StringComparer.Ordinal);
        var ports = new Dictionary<(int, Protocol), PortMapping>();
        foreach (var service in services)
        {
            ReusedTable.Reset(ref names);
            ReusedTable.Reset(ref ports);
            foreach (var port in service)
            {
                if (!names.TryAdd(port.Name.Value, port))
                {
                    var first = names[port.Name.Value];
                    context.Report(DiagnosticCatalog.DuplicateServicePortName, port.Name.Location,
                        $"Service '{service.Key}' already has a port named '{port.Name.Value}' (from container '{first.Container.Name}'); rename one of them.",
                        port,
                        new RelatedLocation(first.Name.Location, $"'{first.Container.Name}.{first.Name.Value}' is published under '{service.Key}' here"));
                }

                if (!ports.TryAdd((port.HostPort.Value, port.Protocol.Value), port))
                {
                    var first = ports[(port.HostPort.Value, port.Protocol.Value)];
                    context.Report(DiagnosticCatalog.DuplicateServicePort, port.HostPort.Location,
                        $"Service '{service.Key}' already exposes {port.Protocol.Value.ToUpperName()} port {port.HostPort.Value} as '{first.Name.Value}'; a Service exposes each protocol and port once.",
                        port,
                        new RelatedLocation(first.HostPort.Location, $"'{first.Container.Name}.{first.Name.Value}' exposes it here"));
                }
            }
        }
    }
}
