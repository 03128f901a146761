namespace PhantomMesh.BuildPorts.Docker.Tests.Infrastructure;

/// <summary>The specs of the test stacks, each with a project, network and host ports of its own.</summary>
public static class StackSpecs
{
    /// <summary>
    /// Two web servers, Prometheus and a node exporter: public and internal ports, HTTP health
    /// checks on each container, four scrape jobs (Prometheus scrapes itself too).
    /// </summary>
    public static TestSpec Monitoring(TestImages images)
    {
        var host = FreeHostPorts.Take(6);
        TestContainer[] containers =
        [
            new("web",
            [
                new("api", host[0], 8080) { HealthPath = "/health" },
                new("status", host[1], 8081) { Exposure = Exposures.Internal, HealthPath = "/status" },
                new("metrics", host[2], 8000) { Exposure = Exposures.Internal, HealthPath = "/metrics", MetricsPath = "/metrics" },
            ]) { Image = images.Web },
            new("worker",
            [
                new("metrics", host[3], 8001) { Exposure = Exposures.Internal, HealthPath = "/ready", MetricsPath = "/metrics" },
            ]) { Image = images.Web },
            new("prometheus",
            [
                new("http", host[4], TestImages.PrometheusPort)
                {
                    Exposure = Exposures.Internal, HealthPath = "/-/healthy", MetricsPath = "/metrics",
                },
            ]) { Image = images.Prometheus },
            new("node-exporter",
            [
                new("metrics", host[5], TestImages.NodeExporterPort)
                {
                    Exposure = Exposures.Internal, HealthPath = "/metrics", MetricsPath = "/metrics",
                },
            ]) { Image = images.NodeExporter },
        ];
        return TestSpec.Unique("Monitoring", containers);
    }

    /// <summary>One web server with a public, an internal, an allow_from (open to <paramref name="allowFrom"/> only) and an unpublished port.</summary>
    public static TestSpec Exposure(TestImages images, string allowFrom)
    {
        var host = FreeHostPorts.Take(4);
        TestContainer[] containers =
        [
            new("edge",
            [
                new("public", host[0], 8080) { HealthPath = "/health" },
                new("internal", host[1], 8081) { Exposure = Exposures.Internal, HealthPath = "/health" },
                new("restricted", host[2], 8082) { Exposure = Exposures.AllowFrom(allowFrom), HealthPath = "/health" },
                new("unpublished", host[3], 8083) { Exposure = Exposures.Unpublished, HealthPath = "/health" },
            ]) { Image = images.Web },
        ];
        return TestSpec.Unique("Exposure", containers);
    }
}
