using k8s;
using PhantomMesh.BuildPorts.Spec;
using PhantomMesh.BuildPorts.Tests.Infrastructure;
using PhantomMesh.BuildPorts.Tests.Rendering.Generated;

namespace PhantomMesh.BuildPorts.Tests.Rendering;

/// <summary>
/// Every generated file is accepted by the program that reads it, for PhantomMesh's spec and
/// templates, for a spec full of hostile strings and for a minimal spec (the "nothing to list"
/// branches). A missing tool skips locally and fails under CI=true.
/// </summary>
public sealed class ConsumerValidationTests(SampleOutputs outputs) : IClassFixture<SampleOutputs>
{
    [SkippableTheory]
    [MemberData(nameof(SampleSpecs.All), MemberType = typeof(SampleSpecs))]
    public async Task Promtool_accepts_prometheus_yml(string spec)
    {
        var output = outputs[spec];

        await Consumers.Accepts("promtool", ["check", "config", "prometheus/prometheus.yml"], output.Folder);
    }

    [SkippableTheory]
    [MemberData(nameof(SampleSpecs.All), MemberType = typeof(SampleSpecs))]
    public async Task Docker_compose_accepts_docker_compose_yml(string spec)
    {
        var output = outputs[spec];

        // config -q parses, interpolates and validates against the Compose schema; it builds
        // nothing, but it does check that each build context exists.
        await Consumers.Accepts("docker-compose", ["-f", "docker-compose.yml", "config", "-q"], output.Folder);
    }

    [SkippableTheory]
    [MemberData(nameof(SampleSpecs.All), MemberType = typeof(SampleSpecs))]
    public async Task Yamllint_accepts_every_yaml_file_with_strict_rules(string spec)
    {
        var output = outputs[spec];
        var files = Consumers.YamlFiles(output).ToList();

        Assert.Equal(IsKubernetes(output) ? 7 : 6, files.Count);
        await Consumers.Accepts("yamllint", ["--strict", "-d", Consumers.YamllintConfig, .. files], output.Folder);
    }

    [Theory]
    [MemberData(nameof(SampleSpecs.All), MemberType = typeof(SampleSpecs))]
    public void Kubernetes_client_deserializes_every_service_strictly(string spec)
    {
        var output = outputs[spec];
        var yaml = output["k8s/base/services/services.yaml"];

        var services = Consumers.KubernetesServices(yaml);

        var expected = output.Specs.Root.Containers.Where(c => c.Service is not null).Select(c => c.Service!.Value.Value).Distinct().Order(StringComparer.Ordinal);
        Assert.Equal(expected, services.Select(s => s.Metadata.Name));
        Assert.All(services, s => Assert.Equal(("v1", "Service", "ClusterIP"), (s.ApiVersion, s.Kind, s.Spec.Type)));
        foreach (var service in services)
        {
            var ports = output.Specs.Root.Ports.Where(p => p.Container.Service == service.Metadata.Name).ToList();
            Assert.Equal(ports.Count, service.Spec.Ports.Count);
            foreach (var port in ports)
            {
                var published = Assert.Single(service.Spec.Ports, p => p.Name == port.Name.Value);
                Assert.Equal(port.HostPort.Value, published.Port);
                Assert.Equal(port.ContainerPort.Value.ToString(System.Globalization.CultureInfo.InvariantCulture), published.TargetPort.Value);
                Assert.Equal(port.Protocol.Value.ToString().ToUpperInvariant(), published.Protocol);
            }
        }

        // The loader agrees on the number of objects.
        Assert.Equal(services.Count, KubernetesYaml.LoadAllFromString(yaml, strict: true).Count);
    }

    [Fact]
    public void Strict_kubernetes_deserialization_rejects_an_unknown_field()
    {
        // Proves the check above would notice a template writing a field Kubernetes does not know.
        const string yaml = "apiVersion: v1\nkind: Service\nmetadata:\n  name: x\nspec:\n  ports:\n    - name: http\n      port: 80\n      targetPortt: 8080\n";

        Assert.ThrowsAny<Exception>(() => Consumers.KubernetesServices(yaml));
    }

    [SkippableTheory]
    [MemberData(nameof(SampleSpecs.All), MemberType = typeof(SampleSpecs))]
    public async Task Kubernetes_models_validate_every_service_against_the_api_schema(string spec)
    {
        var output = outputs[spec];
        Consumers.RequireNodeModule("kubernetes-models");
        var json = Path.Combine(output.Root, "services.json");
        File.WriteAllText(json, KubernetesJson.Serialize(Consumers.KubernetesServices(output["k8s/base/services/services.yaml"])));

        // Catches what strict deserialization lets through: a protocol other than TCP/UDP/SCTP, a missing port.
        await Consumers.Accepts("node", [Consumers.KubernetesModelsScript, json], output.Folder);
    }

    [SkippableFact]
    public async Task Kubernetes_models_script_rejects_a_bad_protocol_and_a_string_port()
    {
        Consumers.RequireNodeModule("kubernetes-models");
        using var temp = new Support.TempSpec();
        var json = temp.Write("services.json",
            "[{\"apiVersion\":\"v1\",\"kind\":\"Service\",\"metadata\":{\"name\":\"b\"},\"spec\":{\"ports\":[{\"port\":\"80\",\"protocol\":\"TCPX\"}]}}]");

        var result = await Consumers.Run("node", [Consumers.KubernetesModelsScript, json], temp.Folder);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("port must be integer", result.StdOut, StringComparison.Ordinal);
        Assert.Contains("protocol must be equal to one of the allowed values", result.StdOut, StringComparison.Ordinal);
    }

    [SkippableTheory]
    [MemberData(nameof(SampleSpecs.All), MemberType = typeof(SampleSpecs))]
    public async Task Kubectl_kustomize_builds_the_services_folder_offline(string spec)
    {
        // kubectl is not installed by .ci/run: this check runs where it is present, and is
        // skipped (also under CI) where it is not.
        Skip.If(ExternalTool.Find("kubectl") is null, "kubectl is not installed; " + ToolInstallHints.For("kubectl") + ".");
        var output = outputs[spec];

        var result = await Consumers.Accepts("kubectl", ["kustomize", "k8s/base/services"], output.Folder);

        var policies = IsKubernetes(output) ? Consumers.KubernetesNetworkPolicies(output[NetworkPolicies]).Count : 0;
        var built = Consumers.SplitDocuments(result.StdOut).ToList();
        Assert.Equal(Consumers.KubernetesServices(output["k8s/base/services/services.yaml"]).Count + policies, built.Count);
        if (output.Specs.Root.Environment is { IsKubernetes: true } environment)
        {
            Assert.All(built, document => Assert.Contains($"namespace: {environment.Namespace}\n", document, StringComparison.Ordinal));
        }
    }

    [Theory]
    [MemberData(nameof(SampleSpecs.All), MemberType = typeof(SampleSpecs))]
    public void Kubernetes_client_deserializes_every_network_policy_strictly_in_a_kubernetes_environment(string spec)
    {
        var output = outputs[spec];
        if (!IsKubernetes(output))
        {
            Assert.DoesNotContain(NetworkPolicies, output.Paths);
            return;
        }

        var policies = Consumers.KubernetesNetworkPolicies(output[NetworkPolicies]);

        var containers = output.Specs.Root.Containers.Where(c => c.Ports.Count > 0).ToList();
        Assert.Equal(containers.Count, policies.Count);
        foreach (var (container, policy) in containers.Zip(policies))
        {
            Assert.Equal(("networking.k8s.io/v1", "NetworkPolicy"), (policy.ApiVersion, policy.Kind));
            Assert.Equal(["Ingress"], policy.Spec.PolicyTypes);
            Assert.Equal(container.Name.Value, policy.Spec.PodSelector.MatchLabels["app"]);
            Assert.Equal(container.Ports.Count, policy.Spec.Ingress.Count);
            foreach (var (port, rule) in container.Ports.InHostPortOrder().Zip(policy.Spec.Ingress))
            {
                var allowed = Assert.Single(rule.Ports);
                Assert.Equal(port.ContainerPort.Value.ToString(System.Globalization.CultureInfo.InvariantCulture), allowed.Port.Value);
                Assert.Equal(port.Protocol.Value.ToString().ToUpperInvariant(), allowed.Protocol);
                switch (port.Exposure.Kind)
                {
                    case ExposureKind.Public:
                        Assert.Null(rule.FromProperty);
                        break;
                    case ExposureKind.Restricted:
                        Assert.Equal(
                            [null, .. port.Exposure.AllowFrom.Select(a => a.Value)],
                            rule.FromProperty.Select(peer => peer.IpBlock?.Cidr));
                        Assert.NotNull(rule.FromProperty[0].PodSelector);
                        break;
                    default:
                        var peer = Assert.Single(rule.FromProperty);
                        Assert.Null(peer.PodSelector.MatchLabels);
                        Assert.Null(peer.IpBlock);
                        break;
                }
            }
        }
    }

    [Fact]
    public void Strict_kubernetes_deserialization_rejects_an_unknown_network_policy_field()
    {
        const string yaml = "apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata:\n  name: x\nspec:\n  podSelector: {}\n  ingress:\n    - fromm: []\n";

        Assert.ThrowsAny<Exception>(() => Consumers.KubernetesNetworkPolicies(yaml));
    }

    private const string NetworkPolicies = "k8s/base/services/network-policies.yaml";

    private static bool IsKubernetes(GeneratedOutput output) => output.Specs.Root.Environment is { IsKubernetes: true };

    [SkippableTheory]
    [MemberData(nameof(SampleSpecs.All), MemberType = typeof(SampleSpecs))]
    public async Task Dockerfile_utils_finds_no_error_or_warning_in_any_dockerfile(string spec)
    {
        var output = outputs[spec];
        var dockerfiles = Consumers.Dockerfiles(output).ToList();
        ExternalTool.RequireTool("dockerfile-utils"); // installed by npm ci in tools/validators

        Assert.NotEmpty(dockerfiles);
        await Consumers.Accepts("node", [Consumers.DockerfileLintScript, "--strict", .. dockerfiles], output.Folder);
    }

    [SkippableTheory]
    [MemberData(nameof(SampleSpecs.All), MemberType = typeof(SampleSpecs))]
    public async Task Dockerfilelint_finds_no_issue_in_any_dockerfile(string spec)
    {
        var output = outputs[spec];

        foreach (var dockerfile in Consumers.Dockerfiles(output))
        {
            await Consumers.Accepts("dockerfilelint", [dockerfile], output.Folder);
        }
    }

    [SkippableFact]
    public async Task Dockerfile_lint_script_reports_errors_with_their_position_and_fails()
    {
        ExternalTool.RequireTool("dockerfile-utils");
        using var temp = new Support.TempSpec();
        var bad = temp.Write("Dockerfile", "FROM alpine:3.20\nEXPOSE abc\nFOO bar\n");

        var result = await Consumers.Run("node", [Consumers.DockerfileLintScript, bad], temp.Folder);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("Dockerfile:2:8: error: Invalid containerPort: abc", result.StdOut, StringComparison.Ordinal);
        Assert.Contains("Dockerfile:3:1: error: Unknown instruction: FOO", result.StdOut, StringComparison.Ordinal);
    }

    [SkippableTheory]
    [MemberData(nameof(SampleSpecs.All), MemberType = typeof(SampleSpecs))]
    public async Task Bash_parses_every_script_and_shellcheck_finds_no_warning(string spec)
    {
        var output = outputs[spec];
        var scripts = Consumers.ShellScripts(output).ToList();

        Assert.Equal(["firewall/docker-user.sh", "firewall/ufw.sh", "scripts/smoke.sh"], scripts);
        foreach (var script in scripts)
        {
            Assert.StartsWith("#!/usr/bin/env bash\n", output[script], StringComparison.Ordinal);
            await Consumers.Accepts("bash", ["-n", script], output.Folder);
        }

        // shellcheck must find nothing above "info" (the hostile spec's single-quoted '$(...)' is an
        // info: it is meant not to expand).
        await Consumers.Accepts("shellcheck", ["--severity=warning", .. scripts], output.Folder);
    }
}
