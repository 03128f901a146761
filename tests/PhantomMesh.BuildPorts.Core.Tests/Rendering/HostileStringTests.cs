using System.Text.Json;
using PhantomMesh.BuildPorts.Rendering.Functions;
using PhantomMesh.BuildPorts.Tests.Infrastructure;
using PhantomMesh.BuildPorts.Tests.Rendering.Generated;

namespace PhantomMesh.BuildPorts.Tests.Rendering;

/// <summary>
/// Spec strings with quotes, newlines, '#', '$(...)', '${HOME}', backticks and '{{ 7*7 }}' come out
/// of every built-in template as the same text, as each consumer reads it back, and nothing in
/// them runs. (ConsumerValidationTests runs every validator on the same files.)
/// </summary>
public sealed class HostileStringTests(SampleOutputs outputs) : IClassFixture<SampleOutputs>
{
    private static readonly HostileSpec Values = new(HostileSpec.Destructive);

    private GeneratedOutput Output => outputs[SampleSpecs.Hostile];

    [Fact]
    public void Every_built_in_output_is_rendered_and_no_template_expression_in_the_spec_is_evaluated()
    {
        Assert.Equal(
            ["Dockerfile.built", "Dockerfile.cmd", "PORTS.md", "docker-compose.yml", "firewall/docker-user.nft", "firewall/docker-user.sh", "firewall/ufw.sh",
             "grafana/provisioning/datasources/datasources.yaml", "k8s/base/services/kustomization.yaml", "k8s/base/services/services.yaml",
             "prometheus/alerts.yml", "prometheus/prometheus.yml", "scripts/smoke.sh"],
            Output.Paths);
        Assert.All(Output.Files, f => Assert.DoesNotContain("49", f.Content, StringComparison.Ordinal));
        Assert.Contains(HostileSpec.Mustache, Output["docker-compose.yml"], StringComparison.Ordinal);
        Assert.Contains("\\{\\{ 7\\*7 \\}\\}", Output["PORTS.md"], StringComparison.Ordinal);
    }

    [Fact]
    public void Compose_file_holds_the_image_with_dollars_doubled_so_compose_reads_the_original()
    {
        var compose = Yaml.Load(Output["docker-compose.yml"]);

        Assert.Equal(Values.Image.Replace("$", "$$", StringComparison.Ordinal), compose.Text("services", "yes", "image"));
        Assert.Equal(["yes", "built", "cmd", "prom", "logs"], compose.Keys("services"));
        Assert.Equal("null", compose.Text("networks", "null", "name")); // a string, not YAML's null
        Assert.Equal("Dockerfile.cmd", compose.Text("services", "cmd", "build", "dockerfile"));
    }

    [SkippableFact]
    public async Task Docker_compose_reads_back_the_exact_image_and_health_command()
    {
        var config = await ComposeConfig(Output);

        Assert.Equal(Values.Image, Unescape(config.Text("services", "yes", "image")));
        Assert.Equal(["CMD-SHELL", Values.TunnelCommand], config.Items("services", "cmd", "healthcheck", "test").Select(t => Unescape(t.Text())));
    }

    [Fact]
    public void Prometheus_reads_the_exact_metrics_path()
    {
        var prometheus = Yaml.Load(Output["prometheus/prometheus.yml"]);

        var job = prometheus.At("scrape_configs", 0);
        Assert.Equal(("yes/http", Values.MetricsPath, "yes:8080"), (job.Text("job_name"), job.Text("metrics_path"), job.Text("static_configs", 0, "targets", 0)));
    }

    [Fact]
    public void Grafana_finds_prometheus_and_loki_by_image_whatever_the_titles_say()
    {
        var datasources = Yaml.Load(Output["grafana/provisioning/datasources/datasources.yaml"]);

        Assert.Equal(["http://prom:9090", "http://logs:3100"], datasources.Items("datasources").Select(d => d.Text("url")));
    }

    [Fact]
    public void Kubernetes_services_keep_their_names_and_comments_stay_comments()
    {
        var services = Consumers.KubernetesServices(Output["k8s/base/services/services.yaml"]);

        Assert.Equal(["built", "cmd", "evil-app"], services.Select(s => s.Metadata.Name));
        Assert.Equal(["http", "admin"], services[2].Spec.Ports.Select(p => p.Name));
    }

    [Fact]
    public void Ports_md_shows_every_string_escaped_as_text()
    {
        var markdown = Output["PORTS.md"];

        Assert.Contains("# Evil Mesh \"dq\" 'sq' \\$(rm -rf /) \\$\\{HOME\\} \\`rm -rf /\\` \\{\\{ 7\\*7 \\}\\} \\# : \\| \\\\ -- --&gt; ports", markdown, StringComparison.Ordinal);
        Assert.Contains("| " + SafeTextFunctions.MdCell(Values.HttpTitle) + " | TCP | yes |", markdown, StringComparison.Ordinal);
        Assert.Contains(SafeTextFunctions.MdCell(Values.HttpPurpose), markdown, StringComparison.Ordinal);
        Assert.Contains("| 24570 | later | " + SafeTextFunctions.MdCell(Values.ReservedTitle) + " | " + SafeTextFunctions.MdCell(Values.ReservedPurpose) + " |", markdown, StringComparison.Ordinal);
        Assert.Contains("Keep<br>free", markdown, StringComparison.Ordinal);
        Assert.Contains("\\$(rm -rf /)", markdown, StringComparison.Ordinal);

        // Below the HTML comment of the first line, no '$(' or '`' is left unescaped.
        var body = markdown[(markdown.IndexOf('\n', StringComparison.Ordinal) + 1)..];
        Assert.DoesNotContain(" $(", body, StringComparison.Ordinal);
        Assert.DoesNotContain("-->", body, StringComparison.Ordinal);
        Assert.Equal(1, markdown.Split("-->").Length - 1);
    }

    [Fact]
    public void Dockerfile_health_check_is_the_exact_command_as_one_json_string()
    {
        var dockerfile = Output["Dockerfile.cmd"];

        Assert.Equal(["/bin/sh", "-c", Values.TunnelCommand], HealthcheckCommand(dockerfile));
        Assert.Contains("org.opencontainers.image.description=" + SafeTextFunctions.DockerStr("cmd of " + Values.ProjectName), dockerfile, StringComparison.Ordinal);
        Assert.Equal(["EXPOSE 51820/udp"], dockerfile.Split('\n').Where(l => l.StartsWith("EXPOSE", StringComparison.Ordinal)));
    }

    [SkippableFact]
    public async Task Running_the_scripts_and_http_checks_passes_every_string_through_verbatim_and_runs_none()
    {
        Skip.If(OperatingSystem.IsWindows(), "runs POSIX shell scripts");
        var canary = new HostileSpec(HostileSpec.Canary);
        using var output = GeneratedOutput.FromText(canary.Toml);
        var fakes = FakeTools.Create(output.Root, "ufw", "curl", "wget");

        // ufw.sh with a ufw that records its arguments.
        var ufw = await fakes.Run(output.Folder, "bash", "firewall/ufw.sh");
        Assert.True(ufw.Succeeded, ufw.ToString());
        Assert.Equal(
            [
                ["ufw", "allow", "24510/tcp", "comment", SafeTextFunctions.OneLine("yes.http: " + canary.HttpTitle)],
                ["ufw", "allow", "from", "10.0.0.0/8", "to", "any", "port", "24512", "proto", "tcp", "comment", SafeTextFunctions.OneLine("built.web: " + canary.WebTitle)],
                ["ufw", "allow", "from", "fd00::/8", "to", "any", "port", "24512", "proto", "tcp", "comment", SafeTextFunctions.OneLine("built.web: " + canary.WebTitle)],
                ["ufw", "allow", "24513/udp", "comment", SafeTextFunctions.OneLine("cmd.tunnel: " + canary.TunnelTitle)],
            ],
            fakes.TakeCalls());

        // smoke.sh with a curl that records its arguments and succeeds.
        var smoke = await fakes.Run(output.Folder, "bash", "scripts/smoke.sh");
        Assert.True(smoke.Succeeded, smoke.ToString());
        Assert.Equal(
            ["http://127.0.0.1:24510" + canary.HttpPath, "http://127.0.0.1:24512" + canary.WebPath, "http://127.0.0.1:24540/-/healthy", "http://127.0.0.1:24541/ready"],
            fakes.TakeCalls().Select(call => call[^1]));
        Assert.Contains("\n  docker compose exec yes " + canary.AdminCommand + "\n", smoke.StdOut, StringComparison.Ordinal);
        Assert.Contains("\n  docker compose exec cmd " + canary.TunnelCommand + "\n", smoke.StdOut, StringComparison.Ordinal);
        Assert.EndsWith("smoke: 4 passed, 0 failed, 2 to run by hand\n", smoke.StdOut, StringComparison.Ordinal);

        // The HTTP health checks as docker-compose hands them to sh, and as the Dockerfile does.
        var config = await ComposeConfig(output);
        var composeCheck = Unescape(config.Text("services", "yes", "healthcheck", "test", 1));
        Assert.True((await fakes.Run(output.Folder, "sh", "-c", composeCheck)).Succeeded);
        Assert.Equal([["wget", "-q", "-O", "/dev/null", "http://127.0.0.1:8080" + canary.HttpPath]], fakes.TakeCalls());
        var dockerfileCheck = HealthcheckCommand(output["Dockerfile.built"]);
        Assert.True((await fakes.Run(output.Folder, dockerfileCheck[0], [.. dockerfileCheck.Skip(1)])).Succeeded);
        Assert.Equal([["wget", "-q", "-O", "/dev/null", "http://127.0.0.1:8080" + canary.WebPath]], fakes.TakeCalls());

        Assert.Empty(Directory.EnumerateFiles(output.Root, HostileSpec.CanaryFile, SearchOption.AllDirectories));
    }

    /// <summary>The exec-form array of the Dockerfile's HEALTHCHECK.</summary>
    private static List<string> HealthcheckCommand(string dockerfile)
    {
        var line = Assert.Single(dockerfile.Split('\n'), l => l.StartsWith("HEALTHCHECK ", StringComparison.Ordinal));
        return JsonSerializer.Deserialize<List<string>>(line[(line.IndexOf(" CMD ", StringComparison.Ordinal) + 5)..])!;
    }

    /// <summary>The configuration as docker-compose resolves it (interpolated, then printed with '$' as '$$').</summary>
    private static async Task<YamlDotNet.RepresentationModel.YamlNode> ComposeConfig(GeneratedOutput output)
    {
        var result = await Consumers.Accepts("docker-compose", ["-f", "docker-compose.yml", "config"], output.Folder);
        return Yaml.Load(result.StdOut);
    }

    private static string Unescape(string composeText) => composeText.Replace("$$", "$", StringComparison.Ordinal);

    /// <summary>Stand-ins for ufw, curl and wget that record each call's arguments and succeed.</summary>
    private sealed class FakeTools
    {
        private readonly string _bin;
        private readonly string _log;

        private FakeTools(string bin, string log)
        {
            _bin = bin;
            _log = log;
        }

        public static FakeTools Create(string root, params string[] names)
        {
            var bin = Path.Combine(root, "fake-bin");
            Directory.CreateDirectory(bin);
            foreach (var name in names)
            {
                var path = Path.Combine(bin, name);
                File.WriteAllText(path, "#!/bin/sh\n{ printf '%s' \"${0##*/}\"; for a in \"$@\"; do printf '\\037%s' \"$a\"; done; printf '\\036'; } >> \"$FAKE_LOG\"\n");
                if (!OperatingSystem.IsWindows())
                {
                    File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
                }
            }

            return new FakeTools(bin, Path.Combine(root, "fake-calls.log"));
        }

        public Task<ToolResult> Run(string workingDirectory, string program, params string[] arguments)
            => ExternalTool.RunAsync(
                ExternalTool.RequireTool("env"),
                [$"PATH={_bin}:{Environment.GetEnvironmentVariable("PATH")}", $"FAKE_LOG={_log}", ExternalTool.RequireTool(program), .. arguments],
                workingDirectory: workingDirectory);

        /// <summary>The calls recorded since the last take, each as program name then arguments.</summary>
        public List<List<string>> TakeCalls()
        {
            var text = File.Exists(_log) ? File.ReadAllText(_log) : string.Empty;
            File.Delete(_log);
            return [.. text.Split('\u001e', StringSplitOptions.RemoveEmptyEntries).Select(call => call.Split('\u001f').ToList())];
        }
    }
}
