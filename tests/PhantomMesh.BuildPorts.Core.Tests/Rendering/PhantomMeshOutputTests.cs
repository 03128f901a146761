using System.Globalization;
using System.Text.RegularExpressions;
using PhantomMesh.BuildPorts.Queries;
using PhantomMesh.BuildPorts.Spec;
using PhantomMesh.BuildPorts.Tests.Rendering.Generated;

namespace PhantomMesh.BuildPorts.Tests.Rendering;

/// <summary>What a PhantomMesh operator would notice in the generated files, checked on their content.</summary>
public sealed partial class PhantomMeshOutputTests(SampleOutputs outputs) : IClassFixture<SampleOutputs>
{
    private GeneratedOutput Output => outputs[SampleSpecs.PhantomMesh];

    private static List<string> Lines(string text) => [.. text.Split('\n')];

    [Fact]
    public void Dockerfile_node_exposes_container_ports_with_their_protocol_not_host_ports()
    {
        var dockerfile = Output["Dockerfile.node"];

        var exposed = Lines(dockerfile).Where(l => l.StartsWith("EXPOSE ", StringComparison.Ordinal)).ToList();
        Assert.Equal(["EXPOSE 8080/tcp", "EXPOSE 8082/tcp", "EXPOSE 51820/udp"], exposed);
        Assert.DoesNotContain(Lines(dockerfile), l => !l.StartsWith('#') && l.Contains("24510", StringComparison.Ordinal));
        Assert.Contains("HEALTHCHECK --interval=30s --timeout=5s --retries=3 CMD [\"/bin/sh\", \"-c\", \"wg show wg0 latest-handshakes\"]", dockerfile, StringComparison.Ordinal);
    }

    [Fact]
    public void Project_dockerfiles_replace_the_built_in_one_and_run_as_a_non_root_user()
    {
        Assert.Contains("wireguard-tools", Output["Dockerfile.node"], StringComparison.Ordinal);
        Assert.Contains("FROM python:3.12-slim-bookworm", Output["Dockerfile.agents"], StringComparison.Ordinal);
        Assert.Contains("./cmd/discovery", Output["Dockerfile.discovery"], StringComparison.Ordinal);
        foreach (var (file, user) in new[] { ("Dockerfile.node", "phantom"), ("Dockerfile.agents", "agents"), ("Dockerfile.discovery", "discovery") })
        {
            Assert.Contains($"\nUSER {user}\n", Output[file], StringComparison.Ordinal);
            Assert.DoesNotContain("sleep", Output[file], StringComparison.Ordinal); // the built-in placeholder CMD
        }

        Assert.Equal(["EXPOSE 8000/tcp", "EXPOSE 8001/tcp"], Lines(Output["Dockerfile.agents"]).Where(l => l.StartsWith("EXPOSE", StringComparison.Ordinal)));
        Assert.Equal(["EXPOSE 8081/tcp", "EXPOSE 8083/tcp"], Lines(Output["Dockerfile.discovery"]).Where(l => l.StartsWith("EXPOSE", StringComparison.Ordinal)));
        Assert.Contains("ENV PHANTOM_PORT_WIREGUARD=51820 \\\n    PHANTOM_PORT_API=8080 \\\n    PHANTOM_PORT_TUNNEL_MGMT=8082\n", Output["Dockerfile.node"], StringComparison.Ordinal);
    }

    [Fact]
    public void Compose_publishes_host_ports_on_container_ports_with_protocol_and_host_ip()
    {
        var compose = Yaml.Load(Output["docker-compose.yml"]);

        Assert.Equal(["24510:51820/udp", "24511:8080/tcp", "127.0.0.1:24512:8082/tcp"], compose.Items("services", "phantom-node", "ports").Select(p => p.Text()));
        Assert.Equal(["127.0.0.1:24551:9080/tcp"], compose.Items("services", "phantom-promtail", "ports").Select(p => p.Text()));
        Assert.Contains("      - \"24510:51820/udp\"  # wireguard: WireGuard VPN; public\n", Output["docker-compose.yml"], StringComparison.Ordinal);
        Assert.Contains("      - \"127.0.0.1:24551:9080/tcp\"  # http: Promtail; internal (published on 127.0.0.1 only)\n", Output["docker-compose.yml"], StringComparison.Ordinal);
        Assert.Equal(Output.Specs.Root.Containers.Select(c => c.Name.Value), compose.Keys("services"));
        Assert.Equal("Dockerfile.node", compose.Text("services", "phantom-node", "build", "dockerfile"));
        Assert.Equal("prom/prometheus:v2.53.0", compose.Text("services", "phantom-metrics", "image"));
        Assert.Equal(["phantom-mesh-net"], compose.Items("services", "phantom-loki", "networks").Select(n => n.Text()));
        Assert.Equal(("phantom-mesh-net", "bridge"), (compose.Text("networks", "phantom-mesh-net", "name"), compose.Text("networks", "phantom-mesh-net", "driver")));
    }

    [Fact]
    public void Compose_publishes_internal_ports_on_loopback_restricted_on_ipv4_and_public_on_every_address()
    {
        var compose = Yaml.Load(Output["docker-compose.yml"]);
        var published = compose.Keys("services")
            .SelectMany(service => compose.Items("services", service, "ports").Select(p => p.Text()))
            .ToDictionary(mapping => int.Parse(mapping.Split(':')[^2], CultureInfo.InvariantCulture));

        Assert.Equal(Output.Specs.Root.Ports.Count(), published.Count);
        foreach (var port in Output.Specs.Root.Ports)
        {
            var expectedPrefix = port.Exposure.Kind switch
            {
                ExposureKind.Internal => "127.0.0.1:",
                ExposureKind.Restricted => "0.0.0.0:",
                _ => $"{port.HostPort.Value}:",
            };
            Assert.StartsWith(expectedPrefix, published[port.HostPort.Value], StringComparison.Ordinal);
        }

        Assert.Equal(8, Output.Specs.Root.Ports.Count(p => p.Exposure.Kind == ExposureKind.Internal));
    }

    [Fact]
    public void Compose_health_checks_run_inside_the_container_on_its_container_port()
    {
        var compose = Yaml.Load(Output["docker-compose.yml"]);

        Assert.Equal(["CMD-SHELL", "wg show wg0 latest-handshakes"], compose.Items("services", "phantom-node", "healthcheck", "test").Select(t => t.Text()));
        Assert.Equal(
            ["CMD-SHELL", "wget -q -O /dev/null 'http://127.0.0.1:9090/-/healthy' || curl -fsS -o /dev/null 'http://127.0.0.1:9090/-/healthy' || exit 1"],
            compose.Items("services", "phantom-metrics", "healthcheck", "test").Select(t => t.Text()));
        Assert.Contains("127.0.0.1:3100/ready", compose.Text("services", "phantom-loki", "healthcheck", "test", 1), StringComparison.Ordinal);
    }

    [Fact]
    public void Compose_grants_the_wireguard_node_net_admin_through_the_project_partial()
    {
        var compose = Yaml.Load(Output["docker-compose.yml"]);

        Assert.Equal(["NET_ADMIN"], compose.Items("services", "phantom-node", "cap_add").Select(c => c.Text()));
        Assert.Contains("net.ipv4.ip_forward=1", compose.Items("services", "phantom-node", "sysctls").Select(c => c.Text()));
        Assert.Single(Regex.Matches(Output["docker-compose.yml"], "cap_add:"));
    }

    [Fact]
    public void Compose_mounts_the_generated_prometheus_and_grafana_configuration()
    {
        var compose = Yaml.Load(Output["docker-compose.yml"]);

        Assert.Equal(
            ["./prometheus/prometheus.yml:/etc/prometheus/prometheus.yml:ro", "./prometheus/alerts.yml:/etc/prometheus/alerts.yml:ro"],
            compose.Items("services", "phantom-metrics", "volumes").Select(v => v.Text()));
        Assert.Equal(["./grafana/provisioning/datasources:/etc/grafana/provisioning/datasources:ro"], compose.Items("services", "phantom-dashboard", "volumes").Select(v => v.Text()));
    }

    [Fact]
    public void Prometheus_targets_are_service_names_and_container_ports_never_host_ports()
    {
        var prometheus = Yaml.Load(Output["prometheus/prometheus.yml"]);

        var jobs = prometheus.Items("scrape_configs");
        var targets = jobs.SelectMany(j => j.Items("static_configs", 0, "targets")).Select(t => t.Text()).ToList();
        Assert.Equal(["agent-swarm:8000", "phantom-metrics:9090", "phantom-loki:3100", "phantom-node-exporter:9100", "phantom-agent-exporter:9100"], targets);
        Assert.All(targets, t => Assert.DoesNotMatch(HostPortTarget(), t));
        Assert.Equal(jobs.Count, jobs.Select(j => j.Text("job_name")).Distinct().Count());
        Assert.Equal("phantom-metrics/http", jobs[1].Text("job_name"));
        Assert.All(jobs, j => Assert.Equal("/metrics", j.Text("metrics_path")));
        Assert.Equal(Output.Specs.Root.Ports.Count(p => p.IsScraped), jobs.Count);
    }

    [Fact]
    public void Grafana_datasources_point_at_prometheus_and_loki_inside_the_network()
    {
        var datasources = Yaml.Load(Output["grafana/provisioning/datasources/datasources.yaml"]);

        Assert.Equal("1", datasources.Text("apiVersion"));
        var sources = datasources.Items("datasources").Select(d => (d.Text("type"), d.Text("url"), d.Text("isDefault"))).ToList();
        Assert.Equal([("prometheus", "http://phantom-metrics:9090", "true"), ("loki", "http://phantom-loki:3100", "false")], sources);
    }

    [Fact]
    public void Kubernetes_services_publish_host_ports_and_target_container_ports()
    {
        var services = Consumers.KubernetesServices(Output["k8s/base/services/services.yaml"]);

        var node = Assert.Single(services, s => s.Metadata.Name == "phantom-node");
        var wireguard = Assert.Single(node.Spec.Ports, p => p.Name == "wireguard");
        Assert.Equal(("UDP", 24510, "51820"), (wireguard.Protocol, wireguard.Port, wireguard.TargetPort.Value));
        Assert.Equal("phantom-node", node.Spec.Selector["app"]);
        Assert.Equal("phantom-metrics", Assert.Single(services, s => s.Metadata.Name == "prometheus").Spec.Selector["app"]);
        Assert.DoesNotContain(services, s => s.Metadata.Name.Contains("promtail", StringComparison.Ordinal)); // phantom-promtail names no service
        Assert.Equal("apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nresources:\n  - services.yaml\n",
            string.Join('\n', Lines(Output["k8s/base/services/kustomization.yaml"]).SkipWhile(l => l.StartsWith('#') || l == "---")));
    }

    [Fact]
    public void Ports_md_usage_figures_are_those_of_the_usage_summary_query()
    {
        var markdown = Output["PORTS.md"];
        var usage = UsageSummary.Compute(Output.Specs);

        foreach (var group in usage.Groups)
        {
            Assert.Contains(UsageRow(group.Title, group), markdown, StringComparison.Ordinal);
        }

        Assert.Contains(UsageRow("Total", usage.Project!), markdown, StringComparison.Ordinal);
        Assert.Contains("| Total | 24500-24599 | 100 | 13 | 28 | 59 | 59 |", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("29 ports", markdown, StringComparison.Ordinal); // the design document's hand-typed figure

        static string UsageRow(string title, GroupUsage u) => string.Create(CultureInfo.InvariantCulture,
            $"| {title} | {u.Range} | {u.Size} | {u.Used} | {u.Reserved} | {u.Free} | {Math.Round(u.FreePercent, MidpointRounding.AwayFromZero)} |");
    }

    [Fact]
    public void Ports_md_lists_every_port_the_migration_and_every_reservation()
    {
        var markdown = Output["PORTS.md"];

        Assert.Contains("| 24510 | WireGuard VPN | UDP | phantom-node | docker compose exec phantom-node wg show wg0 latest-handshakes | public |", markdown, StringComparison.Ordinal);
        Assert.Contains("| 24540 | Prometheus | TCP | phantom-metrics | curl -fsS http://127.0.0.1:24540/-/healthy | from 192.168.1.0/24 (published on 0.0.0.0 only) |", markdown, StringComparison.Ordinal);
        Assert.Contains("| 24551 | Promtail | TCP | phantom-promtail | curl -fsS http://127.0.0.1:24551/ready | internal (published on 127.0.0.1 only) |", markdown, StringComparison.Ordinal);
        Assert.Contains("| Node Exporter (Agents) | phantom-agent-exporter | 9101 | 24561 | 9100 | TCP |", markdown, StringComparison.Ordinal);
        Assert.Contains("| Tunnel Management | phantom-node | (new) | 24512 | 8082 | TCP |", markdown, StringComparison.Ordinal);
        Assert.Contains("| 24580-24599 | custom-services | Custom Services | Future expansion (20 ports) |", markdown, StringComparison.Ordinal);
        foreach (var port in Output.Specs.Root.Ports)
        {
            Assert.Contains(string.Create(CultureInfo.InvariantCulture, $"\n| {port.HostPort.Value} | "), markdown, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Ufw_opens_public_ports_restricts_allow_from_ports_and_leaves_internal_ports_alone()
    {
        var rules = Lines(Output["firewall/ufw.sh"]).Where(l => l.StartsWith("ufw ", StringComparison.Ordinal)).ToList();

        Assert.Contains("ufw allow 24510/udp comment 'phantom-node.wireguard: WireGuard VPN'", rules);
        Assert.Contains("ufw allow from '192.168.1.0/24' to any port 24540 proto tcp comment 'phantom-metrics.http: Prometheus'", rules);
        Assert.Contains("ufw allow from '192.168.1.0/24' to any port 24520 proto tcp comment 'agent-swarm.metrics: Agent Orchestrator Metrics'", rules);
        Assert.Equal(5, rules.Count);
        Assert.DoesNotContain(rules, r => r.Contains("24551", StringComparison.Ordinal) || r.Contains("24512", StringComparison.Ordinal));
        Assert.Contains("#   24551/tcp  phantom-promtail.http: Promtail", Output["firewall/ufw.sh"], StringComparison.Ordinal);
    }

    [Fact]
    public void Smoke_script_checks_every_http_health_check_on_its_host_port()
    {
        var smoke = Output["scripts/smoke.sh"];

        var checks = Lines(smoke).Where(l => l.StartsWith("check_http ", StringComparison.Ordinal)).ToList();
        Assert.Equal(Output.Specs.Root.Ports.Count(p => p.Health.Kind == Spec.HealthCheckKind.Http), checks.Count);
        Assert.Contains("check_http 'phantom-node.api (API Gateway)' 'http://127.0.0.1:24511/health'", checks);
        Assert.Contains("check_http 'phantom-promtail.http (Promtail)' 'http://127.0.0.1:24551/ready'", checks);
        Assert.Contains("printf '  %s\\n' 'docker compose exec phantom-node wg show wg0 latest-handshakes'", smoke, StringComparison.Ordinal);
        Assert.Contains("curl -fsS --max-time \"$timeout\"", smoke, StringComparison.Ordinal);
        Assert.Contains("echo \"smoke: $passed passed, $failed failed, 1 to run by hand\"", smoke, StringComparison.Ordinal);
    }

    /// <summary>A target on a PhantomMesh host port (245xx), which is wrong inside the compose network.</summary>
    [GeneratedRegex(":245[0-9][0-9]$")]
    private static partial Regex HostPortTarget();
}
