using System.Text.Json;
using PhantomMesh.BuildPorts.Docker.Tests.Infrastructure;

namespace PhantomMesh.BuildPorts.Docker.Tests.Dockerfile;

/// <summary>Issue 9, item 4: a Dockerfile generated with the built-in EXPOSE and HEALTHCHECK helpers, built by the engine.</summary>
[Collection(DockerCollection.Name)]
public sealed class GeneratedDockerfileTests
{
    private static readonly string Templates = Path.Combine(AppContext.BaseDirectory, "Dockerfile", "Templates");

    [SkippableFact]
    public async Task Built_image_exposes_exactly_the_spec_container_ports_and_protocols_and_checks_the_spec_health_url()
    {
        await DockerEngine.RequireAsync();
        var busybox = ExternalTool.RequireTool("busybox");
        await CleanupScope.RunAsync(async scope =>
        {
            var host = FreeHostPorts.Take(4);
            var spec = TestSpec.Unique("Dockerfile",
            [
                new("gateway",
                [
                    new("api", host[0], 8080) { HealthPath = "/health" },
                    new("admin", host[1], 8081) { Exposure = Exposures.Internal },
                    new("metrics", host[2], 8000) { Exposure = Exposures.Internal, MetricsPath = "/metrics" },
                    new("tunnel", host[3], 51820) { Protocol = "udp" },
                ]) { Dockerfile = "Dockerfile.gateway" },
            ]);
            var deployment = Deployment.Generate(scope.Folder(), spec, Templates);
            var context = new RootFileSystem(deployment.Folder);
            await context.AddBusyboxAsync(busybox, "sh", "httpd", "wget");
            context.AddFile("/www/health", "ok\n");

            var id = RunLabel.NewId();
            var tag = $"phantom-gen-test-dockerfile:{id}";
            scope.Add($"image {tag}", () => DockerEngine.RemoveImagesAsync([tag]));
            await DockerEngine.RunAsync("build", "--quiet", "--label", $"{RunLabel.Key}={id}",
                "--file", deployment.File("Dockerfile.gateway"), "--tag", tag, deployment.Folder);
            using var config = JsonDocument.Parse(await DockerEngine.RunAsync("inspect", "--format", "{{json .Config}}", tag));

            var exposed = config.RootElement.GetProperty("ExposedPorts").EnumerateObject().Select(p => p.Name);
            var specified = spec.Ports.Select(p => $"{p.ContainerPort}/{p.Protocol}").Distinct();
            Assert.Equal(specified.Order(StringComparer.Ordinal), exposed.Order(StringComparer.Ordinal));

            var check = config.RootElement.GetProperty("Healthcheck");
            var test = check.GetProperty("Test").EnumerateArray().Select(e => e.GetString()).ToList();
            Assert.Equal(["CMD", "/bin/sh", "-c"], test.Take(3));
            var healthPort = spec.Port("gateway", "api");
            Assert.Contains($"http://127.0.0.1:{healthPort.ContainerPort}{healthPort.HealthPath}", test[3], StringComparison.Ordinal);
            Assert.Equal(TimeSpan.FromSeconds(30), TimeSpan.FromTicks(check.GetProperty("Interval").GetInt64() / 100));
            Assert.Equal(TimeSpan.FromSeconds(5), TimeSpan.FromTicks(check.GetProperty("Timeout").GetInt64() / 100));
            Assert.Equal(3, check.GetProperty("Retries").GetInt32());

            // The engine runs the image's own check (sooner than every 30 s) and finds the server healthy.
            var name = $"pmgt-{id}-gateway";
            scope.Add($"container {name}", () => DockerEngine.RunAsync("rm", "--force", name));
            await DockerEngine.RunAsync("run", "--detach", "--name", name, "--health-interval", "1s", tag);
            var (status, healthy) = await Bounded.PollAsync(
                async () => (await DockerEngine.RunAsync("inspect", "--format", "{{.State.Health.Status}}", name)).Trim(),
                s => s == "healthy", TimeSpan.FromSeconds(30), TimeSpan.FromSeconds(1));
            Assert.True(healthy, $"the image's health check left the container {status}");
        });
    }
}
