using PhantomMesh.BuildPorts.Diagnostics;

namespace PhantomMesh.BuildPorts.Validation.Rules;

/// <summary>PM2004: a host port inside Linux's ephemeral range, where outgoing connections take ports at random.</summary>
internal sealed class EphemeralRangeRule : IValidationRule
{
    public void Check(ValidationContext context)
    {
        var range = CommonPorts.LinuxEphemeral;
        var rangeText = range.ToString();
        foreach (var port in context.RootPorts)
        {
            if (!range.Contains(port.HostPort.Value))
            {
                continue;
            }

            context.Report(DiagnosticCatalog.EphemeralRange, port.HostPort.Location,
                $"Host port {port.HostPort.Value} is in Linux's ephemeral range {rangeText}: an outgoing connection can hold it when the service starts. Pick a port below {range.First}.",
                port);
        }
    }
}
