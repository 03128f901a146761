using PhantomMesh.BuildPorts.Diagnostics;
using PhantomMesh.BuildPorts.Spec;

namespace PhantomMesh.BuildPorts.Validation.Rules;

/// <summary>PM2001: a host port that IANA has registered for another service on the same protocol.</summary>
internal sealed class IanaRegisteredRule : IValidationRule
{
    public void Check(ValidationContext context)
    {
        foreach (var port in context.RootPorts)
        {
            var entries = context.Iana.Lookup(port.HostPort.Value, port.Protocol.Value.ToLowerName());
            if (entries.Count == 0)
            {
                continue;
            }

            var names = string.Join(", ", entries.Select(e => string.IsNullOrEmpty(e.Description) ? e.ServiceName : $"{e.ServiceName} ({e.Description})"));
            context.Report(DiagnosticCatalog.IanaRegistered, port.HostPort.Location,
                $"Host port {port.HostPort.Value}/{port.Protocol.Value.ToLowerName()} is registered with IANA for {names}; " +
                "pick an unregistered port (phantom-gen next) or suppress PM2001 with the reason it is safe here.",
                port);
        }
    }
}
