using PhantomMesh.BuildPorts.Docker.Tests.Infrastructure;

namespace PhantomMesh.BuildPorts.Docker.Tests.Stack;

/// <summary>Issue 9, item 2: a real Prometheus runs the generated prometheus.yml and alerts.yml.</summary>
[Collection(DockerCollection.Name)]
public sealed class PrometheusTests(DockerFixture fixture)
{
    private static readonly TimeSpan Poll = TimeSpan.FromSeconds(2);

    [SkippableFact]
    public async Task Real_prometheus_reports_every_generated_job_up_and_a_stopped_target_down_with_its_alert_pending_or_firing()
    {
        var images = await fixture.ImagesAsync();
        await CleanupScope.RunAsync(async scope =>
        {
            var spec = StackSpecs.Monitoring(images) with { Extra = "\n[alerts]\ntarget_down_for = \"10s\"\n" };
            var deployment = Deployment.Generate(scope.Folder(), spec);
            var stack = await ComposeStack.UpAsync(deployment, scope);
            using var prometheus = new PrometheusApi(spec.Port("prometheus", "http").HostPort);
            var jobs = spec.Ports.Where(p => p.MetricsPath is not null)
                .Select(p => spec.Containers.Single(c => c.Ports.Contains(p)).Name + "/" + p.Name)
                .Order(StringComparer.Ordinal).ToList();

            var (up, allUp) = await Bounded.PollAsync(prometheus.UpByJobAsync,
                byJob => jobs.All(job => byJob.GetValueOrDefault(job) == "1"), TimeSpan.FromSeconds(60), Poll);
            Assert.True(allUp, $"not every job is up within 60 s: {Describe(up)}");
            Assert.Equal(jobs, up.Keys.Order(StringComparer.Ordinal));

            const string stoppedJob = "worker/metrics";
            await stack.StopAsync("worker");
            var (afterStop, down) = await Bounded.PollAsync(prometheus.UpByJobAsync,
                byJob => byJob.GetValueOrDefault(stoppedJob) == "0", TimeSpan.FromSeconds(60), Poll);
            Assert.True(down, $"{stoppedJob} is not down within 60 s of its stop: {Describe(afterStop)}");
            Assert.All(jobs.Where(job => job != stoppedJob), job => Assert.Equal("1", afterStop[job]));

            var (alerts, alerting) = await Bounded.PollAsync(prometheus.AlertsAsync,
                all => all.Any(a => a.Labels.GetValueOrDefault("job") == stoppedJob && a.State is "pending" or "firing"),
                TimeSpan.FromSeconds(60), Poll);
            var described = string.Join("; ", alerts.Select(a => $"{string.Join(",", a.Labels.Select(l => $"{l.Key}={l.Value}"))} {a.State}"));
            Assert.True(alerting, $"no pending or firing alert for {stoppedJob} within 60 s; alerts: {described}");
            Assert.All(alerts, alert => Assert.Equal(stoppedJob, alert.Labels.GetValueOrDefault("job")));
        });
    }

    private static string Describe(IReadOnlyDictionary<string, string> upByJob) =>
        upByJob.Count == 0 ? "Prometheus answered no sample" : string.Join(", ", upByJob.Select(u => $"{u.Key}={u.Value}"));
}
