using PhantomMesh.BuildPorts.Diagnostics;
using PhantomMesh.BuildPorts.Text;

namespace PhantomMesh.BuildPorts.Validation.Rules;

/// <summary>PM1305: a container's Kubernetes Service name that Kubernetes would reject.</summary>
internal sealed class ServiceNameRule : IValidationRule
{
    public void Check(ValidationContext context)
    {
        foreach (var container in context.Root.Containers)
        {
            if (container.Service is { } service && !KubernetesNames.IsDns1035Label(service.Value))
            {
                context.Report(DiagnosticCatalog.InvalidServiceName, service.Location,
                    $"service = \"{service.Value}\" is not a valid Kubernetes Service name: use at most 63 lower-case letters, digits and '-', starting with a letter and ending with a letter or digit.");
            }
        }
    }
}
