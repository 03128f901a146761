using PhantomMesh.BuildPorts.Diagnostics;

namespace PhantomMesh.BuildPorts.Validation.Rules;

/// <summary>PM2003 for a well-known service's port; otherwise PM2002 for a port in a crowded range.</summary>
internal sealed class CommonPortRule : IValidationRule
{
    public void Check(ValidationContext context)
    {
        foreach (var port in context.RootPorts)
        {
            var number = port.HostPort.Value;
            if (CommonPorts.WellKnown.TryGetValue(number, out var service))
            {
                context.Report(DiagnosticCatalog.WellKnownServicePort, port.HostPort.Location,
                    $"Host port {number} is the default port of {service}, which may already run on the host; pick another port.",
                    port);
                continue;
            }

            var crowded = CommonPorts.CrowdedRanges;
            for (var i = 0; i < crowded.Count; i++)
            {
                var (range, users) = crowded[i];
                if (!range.Contains(number))
                {
                    continue;
                }

                context.Report(DiagnosticCatalog.CommonlyUsedRange, port.HostPort.Location,
                    $"Host port {number} is in {range}, crowded by {users}; pick another port.",
                    port);
            }
        }
    }
}
