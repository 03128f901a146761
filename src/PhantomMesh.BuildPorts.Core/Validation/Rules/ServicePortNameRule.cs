using PhantomMesh.BuildPorts.Diagnostics;
using PhantomMesh.BuildPorts.Text;

namespace PhantomMesh.BuildPorts.Validation.Rules;

/// <summary>PM1301: a port published under a Kubernetes Service whose name is not a DNS-1123 label.</summary>
internal sealed class ServicePortNameRule : IValidationRule
{
    public void Check(ValidationContext context)
    {
        foreach (var port in context.RootPorts.Where(p => p.Container.Service is not null))
        {
            if (!KubernetesNames.IsDns1123Label(port.Name.Value))
            {
                context.Report(DiagnosticCatalog.InvalidServicePortName, port.Name.Location,
                    $"Port name '{port.Name.Value}' becomes a port name of Service '{port.Container.Service}', which must be a DNS-1123 label: " +
                    "at most 63 lower-case letters, digits and '-', starting and ending with a letter or digit.",
                    port);
            }
        }
    }
}
