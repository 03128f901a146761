using PhantomMesh.BuildPorts.Diagnostics;

namespace PhantomMesh.BuildPorts.Validation.Rules;

/// <summary>
/// PM2012: in a Kubernetes environment, a scraped port of a container without a Service. Prometheus
/// finds Kubernetes targets by the Service's DNS name; a container without one has no name to scrape.
/// </summary>
internal sealed class KubernetesScrapeTargetRule : IValidationRule
{
    public void Check(ValidationContext context)
    {
        if (context.Root.Environment is not { IsKubernetes: true } environment)
        {
            return;
        }

        foreach (var port in context.RootPorts.Where(p => p.IsScraped && p.Container.Service is null))
        {
            context.Report(DiagnosticCatalog.ScrapedWithoutService, port.MetricsPath!.Value.Location,
                $"'{port.Container.Name}.{port.Name.Value}' is scraped, but container '{port.Container.Name}' has no service: Prometheus reaches Kubernetes targets " +
                $"as SERVICE.{environment.Namespace}.svc, so its job would target '{port.Container.Name}:{port.ContainerPort.Value}', which no Service answers. " +
                $"Give [containers.{port.Container.Name}] a service, or leave metrics_path out.",
                port);
        }
    }
}
