using PhantomMesh.BuildPorts.Tests.Rendering.Generated;

namespace PhantomMesh.BuildPorts.Tests.Rendering;

/// <summary>In an environment marked as Kubernetes, Prometheus and Grafana reach their targets by Service DNS name.</summary>
public sealed class KubernetesEnvironmentOutputTests(SampleOutputs outputs) : IClassFixture<SampleOutputs>
{
    [Fact]
    public void Prometheus_targets_are_the_services_dns_names_on_the_service_port()
    {
        var output = outputs[SampleSpecs.PhantomMeshKubernetes];
        var prometheus = output["prometheus/prometheus.yml"];

        foreach (var port in output.Specs.Root.Ports.Where(p => p.IsScraped))
        {
            Assert.Contains($"- \"{port.Container.Service}.phantom-mesh.svc:{port.HostPort.Value}\"\n", prometheus, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("phantom-metrics:9090", prometheus, StringComparison.Ordinal);
    }

    [Fact]
    public void Grafana_data_sources_follow_the_services()
    {
        var datasources = outputs[SampleSpecs.PhantomMeshKubernetes]["grafana/provisioning/datasources/datasources.yaml"];

        Assert.Contains("url: \"http://prometheus.phantom-mesh.svc:24540\"", datasources, StringComparison.Ordinal);
        Assert.Contains("url: \"http://loki.phantom-mesh.svc:24550\"", datasources, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(SampleSpecs.PhantomMesh)]
    [InlineData(SampleSpecs.PhantomMeshDev)]
    public void Outside_kubernetes_targets_stay_container_and_container_port(string sample)
    {
        var output = outputs[sample];

        Assert.Contains("- \"phantom-metrics:9090\"", output["prometheus/prometheus.yml"], StringComparison.Ordinal);
        Assert.DoesNotContain("network-policies.yaml", output["k8s/base/services/kustomization.yaml"], StringComparison.Ordinal);
    }

    [Fact]
    public void The_kustomization_puts_the_services_and_policies_in_the_environment_s_namespace()
    {
        var kustomization = outputs[SampleSpecs.PhantomMeshKubernetes]["k8s/base/services/kustomization.yaml"];

        Assert.Contains("namespace: phantom-mesh\nresources:\n  - services.yaml\n  - network-policies.yaml\n", kustomization, StringComparison.Ordinal);
    }
}
