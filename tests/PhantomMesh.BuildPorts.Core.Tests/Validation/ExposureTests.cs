using PhantomMesh.BuildPorts.Spec;
using PhantomMesh.BuildPorts.Tests.Rendering.Generated;
using PhantomMesh.BuildPorts.Tests.Support;

namespace PhantomMesh.BuildPorts.Tests.Validation;

/// <summary>
/// What each exposure means for where a port is published, and the spec errors around it. The
/// wire-level proof (who really gets through on a Docker host) is in the Docker tests.
/// </summary>
public class ExposureTests
{
    private static readonly string Stack = SpecText.Of(
        SpecText.Project("exposures"),
        SpecText.Container("app"),
        SpecText.Port("app", "web", 24640, 8080, "exposure = \"public\"", "health = { http = \"/health\" }"),
        SpecText.Port("app", "admin", 24641, 8081, "health = { http = \"/ready\" }"),
        SpecText.Port("app", "api", 24642, 8082, "exposure = { allow_from = [\"10.9.0.0/16\"] }"),
        SpecText.Container("db", image: "postgres:16"),
        SpecText.Port("db", "sql", 24643, 5432, "exposure = \"unpublished\"", "health = { http = \"/healthz\" }"));

    [Theory]
    [InlineData("exposure = \"public\"", null)]
    [InlineData("", "127.0.0.1")]
    [InlineData("exposure = \"internal\"\nhost_ip = \"10.0.0.7\"", "10.0.0.7")]
    [InlineData("exposure = { allow_from = [\"10.9.0.0/16\"] }", "0.0.0.0")]
    [InlineData("exposure = { allow_from = [\"10.9.0.0/16\", \"fd00::/8\"] }", null)]
    [InlineData("exposure = { allow_from = [\"10.9.0.0/16\"] }\nhost_ip = \"10.0.0.7\"", "10.0.0.7")]
    public void The_exposure_decides_the_published_address_unless_host_ip_is_set(string portKeys, string? expected)
    {
        var result = TempSpec.Check(Specs.OnePort(Specs.ValidPort + "\n" + portKeys));

        var port = Assert.Single(result.Specs!.Root.Ports);
        Assert.Equal(expected, port.PublishedAddress?.ToString());
        Assert.True(port.IsPublished);
    }

    [Fact]
    public void An_unpublished_port_with_a_host_ip_is_an_error_at_host_ip()
        => SpecAssert.ReportsAt("PM1009", Specs.OnePort(Specs.ValidPort + "\nexposure = \"unpublished\"\n⟪host_ip = \"127.0.0.1\""));

    [Fact]
    public void An_unpublished_port_keeps_its_host_port_allocated_in_the_scheme()
    {
        var spec = Specs.OnePort(Specs.ValidPort + "\nexposure = \"unpublished\"")
            + "\n[containers.app.ports.other]\nhost_port = ⟪24510\ncontainer_port = 9000\nexposure = \"public\"\n";

        SpecAssert.ReportsAt("PM1201", spec);
    }

    [Fact]
    public void Compose_publishes_each_exposure_on_its_address_and_exposes_an_unpublished_port_only()
    {
        using var output = GeneratedOutput.FromText(Stack);
        var compose = Yaml.Load(output["docker-compose.yml"]);

        Assert.Equal(
            ["24640:8080/tcp", "127.0.0.1:24641:8081/tcp", "0.0.0.0:24642:8082/tcp"],
            compose.Items("services", "app", "ports").Select(p => p.Text()));
        Assert.DoesNotContain("ports", compose.Keys("services", "db"));
        Assert.Equal(["5432/tcp"], compose.Items("services", "db", "expose").Select(p => p.Text()));
    }

    [SkippableFact]
    public async Task Docker_compose_accepts_an_unpublished_port()
    {
        using var output = GeneratedOutput.FromText(Stack);

        await Consumers.Accepts("docker-compose", ["-f", "docker-compose.yml", "config", "-q"], output.Folder);
    }

    [Fact]
    public void Smoke_script_checks_published_ports_from_the_host_and_lists_unpublished_ones_to_run_in_their_container()
    {
        using var output = GeneratedOutput.FromText(Stack);
        var smoke = output["scripts/smoke.sh"];

        Assert.Contains("'http://127.0.0.1:24640/health'", smoke, StringComparison.Ordinal);
        Assert.Contains("'http://127.0.0.1:24641/ready'", smoke, StringComparison.Ordinal);
        Assert.DoesNotContain("24643", smoke, StringComparison.Ordinal);
        Assert.Contains("'docker compose exec db wget -q -O /dev/null http://127.0.0.1:5432/healthz'", smoke, StringComparison.Ordinal);
    }

    [Fact]
    public void Ports_md_says_where_each_port_is_published()
    {
        using var output = GeneratedOutput.FromText(Stack);
        var markdown = output["PORTS.md"];

        Assert.Contains("| 24640 | web | TCP | app | curl -fsS http://127.0.0.1:24640/health | public |", markdown, StringComparison.Ordinal);
        Assert.Contains("| internal (published on 127.0.0.1 only) |", markdown, StringComparison.Ordinal);
        Assert.Contains("| from 10.9.0.0/16 (published on 0.0.0.0 only) |", markdown, StringComparison.Ordinal);
        Assert.Contains("| 24643 | sql | TCP | db | docker compose exec db wget -q -O - http://127.0.0.1:5432/healthz | unpublished (container network only) |", markdown, StringComparison.Ordinal);
        Assert.Contains("## Exposure on a Docker host", markdown, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("target_down_for = ⟪\"2 minutes\"")]
    [InlineData("target_down_for = ⟪\"5\"")]
    [InlineData("target_down_for = ⟪\"\"")]
    [InlineData("severity = ⟪\"a\\nb\"")]
    public void A_malformed_alert_setting_is_an_error_at_its_value(string setting)
        => SpecAssert.ReportsAt("PM1009", Specs.OnePort(Specs.ValidPort) + "\n[alerts]\n" + setting + "\n");

    [Fact]
    public void An_unknown_alert_setting_is_an_unknown_key()
        => SpecAssert.ReportsAt("PM1003", Specs.OnePort(Specs.ValidPort) + "\n[alerts]\n⟪target_down = \"2m\"\n");

    [Fact]
    public void Alert_settings_reach_the_spec_model()
    {
        var result = TempSpec.Check(Specs.OnePort(Specs.ValidPort) + "\n[alerts]\ntarget_down_for = \"1h30m\"\nseverity = \"page\"\n");

        Assert.Equal(new AlertSettings("1h30m", "page"), result.Specs!.Root.Alerts);
    }
}
