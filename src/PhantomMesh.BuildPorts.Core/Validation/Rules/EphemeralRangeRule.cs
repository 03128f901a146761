using PhantomMesh.BuildPorts.Diagnostics;

namespace PhantomMesh.BuildPorts.Validation.Rules;

/// <summary>PM2004: a host port inside Linux's ephemeral range, where outgoing connections take ports at random.</summary>
internal sealed class EphemeralRangeRule : IValidationRule
{
    public void Check(ValidationContext context)
    {
        var range = CommonPorts.LinuxEphemeral;
        foreach (var port in context.Root.Ports.Where(p => range.Contains(p.HostPort.Value)))
        {
            context.Report(DiagnosticCatalog.EphemeralRange, port.HostPort.Location,
                $"Host port {port.HostPort.Value} is in Linux's ephemeral range {range}: an outgoing connection can hold it when the service starts. Pick a port below {range.First}.",
                port);
        }
    }
}
