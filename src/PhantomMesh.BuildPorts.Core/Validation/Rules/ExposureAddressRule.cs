using PhantomMesh.BuildPorts.Diagnostics;
using PhantomMesh.BuildPorts.Spec;

namespace PhantomMesh.BuildPorts.Validation.Rules;

/// <summary>
/// PM2009: an internal port whose host_ip publishes it on every address. Docker DNATs a published
/// port before any INPUT rule (ufw's included), so the port is open to every machine that reaches
/// the host, whatever its exposure says.
/// </summary>
internal sealed class ExposureAddressRule : IValidationRule
{
    public void Check(ValidationContext context)
    {
        foreach (var port in context.RootPorts)
        {
            if (port.Exposure.Kind != ExposureKind.Internal || port.HostIp is not { } hostIp || !IpText.IsWildcard(hostIp.Value))
            {
                continue;
            }

            context.Report(DiagnosticCatalog.ExposedOnEveryAddress, hostIp.Location,
                $"'{port.Container.Name}.{port.Name.Value}' has exposure \"internal\" but host_ip = \"{hostIp.Value}\" publishes it on every address, " +
                "where Docker lets every machine that reaches the host in, whatever ufw says. Remove host_ip (internal ports are published on 127.0.0.1), " +
                "or say who may reach it: exposure = { allow_from = [\"192.168.1.0/24\"] } or \"public\".",
                port);
        }
    }
}
