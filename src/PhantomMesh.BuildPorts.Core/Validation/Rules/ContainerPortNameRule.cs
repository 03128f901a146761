using PhantomMesh.BuildPorts.Diagnostics;
using PhantomMesh.BuildPorts.Text;

namespace PhantomMesh.BuildPorts.Validation.Rules;

/// <summary>PM1302: a port name that cannot name a container port (IANA_SVC_NAME).</summary>
internal sealed class ContainerPortNameRule : IValidationRule
{
    public void Check(ValidationContext context)
    {
        foreach (var port in context.RootPorts)
        {
            if (!KubernetesNames.IsIanaServiceName(port.Name.Value))
            {
                context.Report(DiagnosticCatalog.InvalidContainerPortName, port.Name.Location,
                    $"Port name '{port.Name.Value}' is not a valid container port name (IANA_SVC_NAME): at most 15 lower-case letters, digits and " +
                    "single '-', with at least one letter and no '-' at either end.",
                    port);
            }
        }
    }
}
