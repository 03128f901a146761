using PhantomMesh.BuildPorts.Diagnostics;

namespace PhantomMesh.BuildPorts.Validation.Rules;

/// <summary>PM2005: a host port below 1024, which needs privileges to bind.</summary>
internal sealed class PrivilegedPortRule : IValidationRule
{
    public void Check(ValidationContext context)
    {
        foreach (var port in context.RootPorts.Where(p => p.HostPort.Value < 1024))
        {
            context.Report(DiagnosticCatalog.PrivilegedPort, port.HostPort.Location,
                $"Host port {port.HostPort.Value} is below 1024: binding it needs root or CAP_NET_BIND_SERVICE. Pick a port from 1024 up.",
                port);
        }
    }
}
