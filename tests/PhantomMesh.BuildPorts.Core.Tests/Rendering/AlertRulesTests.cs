using System.Text.Json;
using PhantomMesh.BuildPorts.Rendering.Functions;
using PhantomMesh.BuildPorts.Spec;
using PhantomMesh.BuildPorts.Tests.Rendering.Generated;

namespace PhantomMesh.BuildPorts.Tests.Rendering;

/// <summary>
/// prometheus/alerts.yml: promtool accepts it, and `promtool test rules` shows each target-down
/// alert firing after its duration for a job whose up goes to 0, and never for a job that stays up.
/// </summary>
public sealed class AlertRulesTests(SampleOutputs outputs) : IClassFixture<SampleOutputs>
{
    private static readonly string SlowAlertSpec = SpecText.Of(
        SpecText.Project("slow"),
        SpecText.Table("alerts", "target_down_for = \"5m\"", "severity = \"page\""),
        SpecText.Container("app"),
        SpecText.Port("app", "metrics", 24630, 9100, "metrics_path = \"/metrics\""),
        SpecText.Port("app", "admin", 24631, 9101, "metrics_path = \"/metrics\""));

    [SkippableTheory]
    [MemberData(nameof(SampleSpecs.All), MemberType = typeof(SampleSpecs))]
    public async Task Promtool_accepts_the_alert_rules(string spec)
    {
        var output = outputs[spec];

        var result = await Consumers.Accepts("promtool", ["check", "rules", "prometheus/alerts.yml"], output.Folder);

        var scraped = output.Specs.Root.Ports.Count(p => p.IsScraped);
        Assert.Contains($"SUCCESS: {scraped} rules found", result.StdOut, StringComparison.Ordinal);
    }

    [SkippableTheory]
    [InlineData(SampleSpecs.PhantomMesh)]
    [InlineData(SampleSpecs.Hostile)]
    public async Task A_job_whose_up_goes_to_zero_fires_after_two_minutes_and_a_job_that_stays_up_never_does(string spec)
    {
        var output = outputs[spec];
        var scraped = output.Specs.Root.Ports.Where(p => p.IsScraped).InHostPortOrder().ToList();
        var down = scraped[0];

        // One sample a minute: up 1 at 0m and 1m, 0 from 2m on; with "for: 2m" pending from 2m, firing from 4m.
        await RunRuleTests(output, down, scraped, notYetFiringAt: "3m", firingAt: "4m", severity: "critical", duration: "2m");
    }

    [SkippableFact]
    public async Task The_spec_sets_the_duration_and_severity_of_the_alert()
    {
        using var output = GeneratedOutput.FromText(SlowAlertSpec);
        var scraped = output.Specs.Root.Ports.Where(p => p.IsScraped).InHostPortOrder().ToList();

        await RunRuleTests(output, scraped[1], scraped, notYetFiringAt: "6m", firingAt: "7m", severity: "page", duration: "5m");
    }

    private static async Task RunRuleTests(
        GeneratedOutput output, PortMapping down, List<PortMapping> scraped, string notYetFiringAt, string firingAt, string severity, string duration)
    {
        var series = scraped.Select(p => new
        {
            series = $"up{{job={JsonSerializer.Serialize(Job(p))}, instance={JsonSerializer.Serialize($"{p.Container.Name}:{p.ContainerPort.Value}")}}}",
            values = p == down ? "1 1 0x10" : "1x12",
        });
        var expectedAlert = new
        {
            exp_labels = new Dictionary<string, string>
            {
                ["severity"] = severity,
                ["container"] = down.Container.Name,
                ["port_name"] = down.Name.Value,
                ["job"] = Job(down),
                ["instance"] = $"{down.Container.Name}:{down.ContainerPort.Value}",
            },
            exp_annotations = new Dictionary<string, string>
            {
                ["summary"] = $"{OneLine(down.Title)} is down",
                ["description"] = $"Prometheus cannot scrape {down.Container.Name}.{down.Name.Value} ({OneLine(down.Title)}): container {down.Container.Name}, " +
                                  $"port {down.Name.Value}, host port {down.HostPort.Value}, container port {down.ContainerPort.Value}/tcp, for {duration}.",
            },
        };
        // JSON is YAML, so the test file is written with a JSON serializer: every string is quoted right.
        var tests = new
        {
            rule_files = new[] { "alerts.yml" },
            evaluation_interval = "1m",
            tests = new[]
            {
                new
                {
                    interval = "1m",
                    input_series = series.ToArray(),
                    alert_rule_test = new object[]
                    {
                        new { eval_time = notYetFiringAt, alertname = "TargetDown", exp_alerts = Array.Empty<object>() },
                        new { eval_time = firingAt, alertname = "TargetDown", exp_alerts = new object[] { expectedAlert } },
                        new { eval_time = "10m", alertname = "TargetDown", exp_alerts = new object[] { expectedAlert } },
                    },
                },
            },
        };
        var testFile = output.PathOf("prometheus/alerts.test.yml");
        await File.WriteAllTextAsync(testFile, JsonSerializer.Serialize(tests));

        await Consumers.Accepts("promtool", ["test", "rules", "alerts.test.yml"], Path.GetDirectoryName(testFile)!);
    }

    private static string Job(PortMapping port) => $"{port.Container.Name}/{port.Name.Value}";

    private static string OneLine(string text) => SafeTextFunctions.OneLine(text);
}
