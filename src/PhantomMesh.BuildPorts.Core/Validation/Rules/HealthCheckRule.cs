using System.Text.RegularExpressions;
using PhantomMesh.BuildPorts.Diagnostics;
using PhantomMesh.BuildPorts.Spec;

namespace PhantomMesh.BuildPorts.Validation.Rules;

/// <summary>PM2007 for a check that only pings the loopback address; PM2008 for an HTTP check on a UDP port.</summary>
internal sealed partial class HealthCheckRule : IValidationRule
{
    public void Check(ValidationContext context)
    {
        foreach (var port in context.RootPorts)
        {
            var health = port.Health;
            if (health.Kind == HealthCheckKind.Command && PingsLoopback().IsMatch(health.Value))
            {
                context.Report(DiagnosticCatalog.HealthCheckPingsLoopback, health.Location,
                    $"The health check of '{port.Container.Name}.{port.Name.Value}' pings the loopback address, which answers whatever the service does; " +
                    "check the service itself (for WireGuard: \"wg show wg0 latest-handshakes\").",
                    port);
            }

            if (health.Kind == HealthCheckKind.Http && port.Protocol.Value != Protocol.Tcp)
            {
                context.Report(DiagnosticCatalog.HttpHealthCheckOnUdp, health.Location,
                    $"'{port.Container.Name}.{port.Name.Value}' is a port over {port.Protocol.Value.ToUpperName()}, but its health check is HTTP, which needs TCP; use a command check.",
                    port);
            }
        }
    }

    [GeneratedRegex(@"\bping6?\b[^|;&]*?(?<![\w.:])(127(\.\d{1,3}){3}|localhost|::1|ip6-localhost)(?![\w.:])", RegexOptions.IgnoreCase)]
    private static partial Regex PingsLoopback();
}
