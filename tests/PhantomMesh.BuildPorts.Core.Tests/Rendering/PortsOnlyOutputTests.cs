using PhantomMesh.BuildPorts.Tests.Rendering.Generated;
using PhantomMesh.BuildPorts.Tests.Support;

namespace PhantomMesh.BuildPorts.Tests.Rendering;

/// <summary>
/// outputs = "ports-only": for a project that keeps its own Compose file and Services, the spec
/// writes only their ports (compose.ports.yml, a Kustomize component of JSON 6902 patches) beside
/// the files that are made from ports alone.
/// </summary>
public sealed class PortsOnlyOutputTests : IDisposable
{
    private static readonly string Spec = SpecText.Of(
        SpecText.Project("adopted", "outputs = \"ports-only\""),
        SpecText.Container("vpn", service: "vpn", image: "example/vpn:1"),
        SpecText.Port("vpn", "tunnel", 24710, 51820, "protocol = \"udp\"", "exposure = \"public\""),
        SpecText.Port("vpn", "tunnel-tcp", 24710, 51820, "exposure = \"public\""),
        SpecText.Port("vpn", "admin", 24711, 8080),
        SpecText.Container("cache", image: "redis:7"),
        SpecText.Port("cache", "redis", 24712, 6379, "exposure = \"unpublished\""));

    /// <summary>The user's own Compose file: everything but ports.</summary>
    private const string UserCompose = """
        services:
          vpn:
            image: example/vpn:1
            cap_add: [NET_ADMIN]
            environment:
              MODE: server
          cache:
            image: redis:7
        """;

    /// <summary>The user's own Service, with a stale port list the patch must replace.</summary>
    private const string UserService = """
        apiVersion: v1
        kind: Service
        metadata:
          name: vpn
        spec:
          selector:
            app: vpn
          ports:
            - name: old
              port: 51820
              protocol: UDP
        """;

    private readonly GeneratedOutput _output = GeneratedOutput.FromText(Spec);

    [Fact]
    public void Only_the_port_files_are_written_and_none_the_project_keeps_itself()
    {
        Assert.Equal(
            ["PORTS.md", "compose.ports.yml", "firewall/docker-user.nft", "firewall/docker-user.sh", "firewall/ufw.sh",
             "grafana/provisioning/datasources/datasources.yaml", "k8s/ports/kustomization.yaml",
             "prometheus/alerts.yml", "prometheus/prometheus.yml", "scripts/smoke.sh"],
            _output.Paths.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Compose_ports_file_holds_each_service_with_its_published_ports_only()
    {
        var compose = Yaml.Load(_output["compose.ports.yml"]);

        Assert.Equal(["vpn"], compose.Keys("services"));
        Assert.Equal(["ports"], compose.Keys("services", "vpn"));
        Assert.Equal(
            ["24710:51820/tcp", "24710:51820/udp", "127.0.0.1:24711:8080/tcp"],
            compose.Items("services", "vpn", "ports").Select(p => p.Text()));
    }

    [SkippableFact]
    public async Task Compose_merges_the_users_file_and_the_ports_file_into_one_service_with_both()
    {
        File.WriteAllText(Path.Combine(_output.Folder, "compose.yaml"), UserCompose);

        var result = await Consumers.Accepts("docker-compose", ["-f", "compose.yaml", "-f", "compose.ports.yml", "config"], _output.Folder);

        var merged = Yaml.Load(result.StdOut);
        Assert.Equal("server", merged.Text("services", "vpn", "environment", "MODE"));
        Assert.Equal(["NET_ADMIN"], merged.Items("services", "vpn", "cap_add").Select(c => c.Text()));
        var ports = merged.Items("services", "vpn", "ports").Select(ShortSyntax).Order(StringComparer.Ordinal);
        Assert.Equal(["127.0.0.1:24711:8080/tcp", "24710:51820/tcp", "24710:51820/udp"], ports);
        Assert.DoesNotContain("ports", merged.Keys("services", "cache"));
    }

    [SkippableFact]
    public async Task Kustomize_replaces_the_ports_of_a_hand_written_service_keeping_tcp_and_udp_on_one_number()
    {
        Skip.If(ExternalTool.Find("kubectl") is null, "kubectl is not installed; " + ToolInstallHints.For("kubectl") + ".");
        var overlay = Path.Combine(_output.Root, "overlay");
        Directory.CreateDirectory(overlay);
        File.WriteAllText(Path.Combine(overlay, "service.yaml"), UserService);
        File.WriteAllText(Path.Combine(overlay, "kustomization.yaml"),
            "resources:\n  - service.yaml\ncomponents:\n  - " + Path.GetRelativePath(overlay, Path.Combine(_output.Folder, "k8s", "ports")) + "\n");

        var result = await Consumers.Accepts("kubectl", ["kustomize", overlay], overlay);

        var service = Assert.Single(Consumers.KubernetesServices(result.StdOut));
        Assert.Equal(
            [("tunnel-tcp", "TCP", 24710, "51820"), ("tunnel", "UDP", 24710, "51820"), ("admin", "TCP", 24711, "8080")],
            service.Spec.Ports.Select(p => (p.Name, p.Protocol, p.Port, p.TargetPort.Value)));
        Assert.Equal("vpn", service.Spec.Selector["app"]);
    }

    [SkippableFact]
    public async Task Yamllint_accepts_the_port_files()
        => await Consumers.Accepts("yamllint", ["--strict", "-d", Consumers.YamllintConfig, "compose.ports.yml", "k8s/ports/kustomization.yaml"], _output.Folder);

    [Fact]
    public void An_unknown_output_set_is_an_error_at_its_value()
        => SpecAssert.ReportsAt("PM1009", Specs.OnePort(Specs.ValidPort).Replace("[project]\n", "[project]\noutputs = ⟪\"ports\"\n", StringComparison.Ordinal));

    public void Dispose() => _output.Dispose();

    /// <summary>Compose v1's config prints some ports in the short syntax and others in the long one.</summary>
    private static string ShortSyntax(YamlDotNet.RepresentationModel.YamlNode port)
    {
        if (port is YamlDotNet.RepresentationModel.YamlScalarNode scalar)
        {
            return scalar.Value!;
        }

        var hostIp = port.Keys().Contains("host_ip") ? port.Text("host_ip") + ":" : string.Empty;
        return $"{hostIp}{port.Text("published")}:{port.Text("target")}/{port.Text("protocol")}";
    }
}
