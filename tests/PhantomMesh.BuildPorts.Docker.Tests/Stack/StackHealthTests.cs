using PhantomMesh.BuildPorts.Docker.Tests.Infrastructure;

namespace PhantomMesh.BuildPorts.Docker.Tests.Stack;

/// <summary>Issue 9, item 1: the generated compose file and smoke.sh on a real engine.</summary>
[Collection(DockerCollection.Name)]
public sealed class StackHealthTests(DockerFixture fixture)
{
    [SkippableFact]
    public async Task Compose_up_turns_every_container_healthy_by_its_generated_healthcheck_and_smoke_sh_names_the_port_of_a_stopped_one()
    {
        var images = await fixture.ImagesAsync();
        await CleanupScope.RunAsync(async scope =>
        {
            var deployment = Deployment.Generate(scope.Folder(), StackSpecs.Monitoring(images));
            var stack = await ComposeStack.UpAsync(deployment, scope);

            // The generated checks run every 30 s, the first one 30 s after the start.
            var (health, allHealthy) = await Bounded.PollAsync(stack.HealthAsync,
                h => h.Values.All(status => status == "healthy"), TimeSpan.FromSeconds(120), TimeSpan.FromSeconds(3));
            Assert.True(allHealthy, "not every container became healthy: " + string.Join(", ", health.Select(h => $"{h.Key}={h.Value}")));
            Assert.Equal(deployment.Spec.Containers.Select(c => c.Name).Order(), health.Keys.Order());

            var smoke = await SmokeScript.RunAsync(deployment);
            Assert.True(smoke.Succeeded, "smoke.sh failed on a healthy stack: " + smoke);

            var stopped = deployment.Spec.Port("worker", "metrics");
            await stack.StopAsync("worker");
            var afterStop = await SmokeScript.RunAsync(deployment);
            Assert.False(afterStop.Succeeded, "smoke.sh passed with a container stopped: " + afterStop);
            var failed = afterStop.StdOut.Split('\n').Where(line => line.StartsWith("FAILED", StringComparison.Ordinal)).ToList();
            var failedLine = Assert.Single(failed);
            Assert.Contains($":{stopped.HostPort}/", failedLine, StringComparison.Ordinal);
        });
    }
}
