using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using PhantomMesh.BuildPorts.Cli.Tests.Infrastructure;

namespace PhantomMesh.BuildPorts.Cli.Tests.Commands;

/// <summary>--environment (-e) on check, generate, list, next and doctor, and list --diff.</summary>
public sealed class EnvironmentOptionTests : IDisposable
{
    /// <summary>dev: on 127.0.0.1, 100 ports up. prod: the app's port moved onto the web's (a collision only prod has).</summary>
    private static readonly string Spec = TestSpecs.Valid + """
        [containers.web]
        image = "nginx:1.27"
        service = "web"

        [containers.web.ports.http]
        host_port = 24511
        container_port = 80
        group = "core"
        exposure = "public"

        [environments.dev]
        host_ip = "127.0.0.1"
        port_offset = 100

        [environments.dev.project]
        host_range = "24500-24699"

        [environments.dev.groups.core]
        range = "24510-24519"

        [environments.prod.containers.app.ports.http]
        host_port = 24511

        [environments.k8s]
        kubernetes = true
        namespace = "shop"
        """;

    private readonly TempFolder _temp = new();

    public EnvironmentOptionTests() => _temp.Write("ports.toml", Spec);

    [Fact]
    public void Check_without_an_environment_checks_the_base_and_every_environment()
    {
        var result = InProcess.Run(_temp.Path, "check");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains(result.OutLines, l => l.StartsWith("ports.toml(", StringComparison.Ordinal) && l.Contains("error PM1201: In environment 'prod': Host port 24511/tcp", StringComparison.Ordinal));
        Assert.Equal("ports.toml (base and environments dev, prod, k8s): 2 ports, 1 error, 0 warnings", result.OutLines[^1]);
    }

    [Theory]
    [InlineData("-e")]
    [InlineData("--environment")]
    public void Check_of_one_environment_reports_only_that_environment(string option)
    {
        var prod = InProcess.Run(_temp.Path, "check", option, "prod");
        var dev = InProcess.Run(_temp.Path, "check", option, "dev");

        Assert.Equal(1, prod.ExitCode);
        Assert.Equal("ports.toml (environment prod): 2 ports, 1 error, 0 warnings", prod.OutLines[^1]);
        Assert.Equal(0, dev.ExitCode);
        Assert.Equal(["ports.toml (environment dev): 2 ports, 0 errors, 0 warnings"], dev.OutLines);
    }

    [Fact]
    public void Check_json_names_the_environment_of_its_own_diagnostics()
    {
        var result = InProcess.Run(_temp.Path, "check", "--format", "json");

        using var json = JsonDocument.Parse(result.StdOut);
        var collision = Assert.Single(json.RootElement.EnumerateArray());
        Assert.Equal("prod", collision.GetProperty("environment").GetString());
    }

    [Fact]
    public void An_unknown_environment_is_PM1017_and_exit_1()
    {
        var result = InProcess.Run(_temp.Path, "check", "-e", "prdo");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains(result.OutLines, l => l.Contains("error PM1017: The spec defines no environment 'prdo'. Did you mean 'prod'?", StringComparison.Ordinal));
    }

    [Fact]
    public void List_shows_the_effective_ports_of_an_environment()
    {
        var result = InProcess.Run(_temp.Path, "list", "-e", "dev", "--format", "json");

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.StdOut);
        var ports = json.RootElement.EnumerateArray().Select(p => (p.GetProperty("hostPort").GetInt32(), p.GetProperty("hostIp").GetString())).ToList();
        Assert.Equal([(24610, "127.0.0.1"), (24611, "127.0.0.1")], ports);
    }

    [Fact]
    public void List_diff_shows_what_an_environment_changes_against_the_base()
    {
        var result = InProcess.Run(_temp.Path, "list", "--diff", "dev");

        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("Subject", result.OutLines[0], StringComparison.Ordinal);
        Assert.Contains(result.OutLines, l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries) is ["app", "http", "host", "port", "24510", "24610"]);
        Assert.Contains(result.OutLines, l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries) is ["web", "http", "published", "on", "all", "127.0.0.1"]);
        Assert.Contains(result.OutLines, l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries) is ["project", "-", "host", "range", "24500-24599", "24600-24799"]);
    }

    [Fact]
    public void List_diff_json_and_an_environment_that_changes_nothing()
    {
        _temp.Write("ports.toml", Spec + "\n[environments.same]\n\n[environments.stage.containers.app.ports.http]\nhost_port = 24512\n");

        var json = InProcess.Run(_temp.Path, "list", "--diff", "stage", "--format", "json");
        var same = InProcess.Run(_temp.Path, "list", "--diff", "same");

        using var document = JsonDocument.Parse(json.StdOut);
        var change = Assert.Single(document.RootElement.EnumerateArray());
        Assert.Equal(("app", "host port", "24510", "24512"), (change.GetProperty("subject").GetString(), change.GetProperty("setting").GetString(), change.GetProperty("base").GetString(), change.GetProperty("environment").GetString()));
        Assert.Equal(["Environment 'same' changes nothing against the base spec."], same.OutLines);
    }

    [Fact]
    public void List_diff_with_an_environment_is_a_usage_error()
    {
        var result = InProcess.Run(_temp.Path, "list", "--diff", "dev", "-e", "prod");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--diff compares an environment with the base spec", result.StdErr, StringComparison.Ordinal);
    }

    [Fact]
    public void Next_allocates_in_the_environment_s_shifted_group()
    {
        var result = InProcess.Run(_temp.Path, "next", "core", "-e", "dev");

        Assert.Equal(["24612"], result.OutLines);
    }

    [Fact]
    public void Generate_writes_the_environment_s_files()
    {
        var result = InProcess.Run(_temp.Path, "generate", "-e", "k8s", "--out", "out");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.True(File.Exists(_temp.File("out/k8s/base/services/network-policies.yaml")));
        Assert.Contains("\nnamespace: shop\n", File.ReadAllText(_temp.File("out/k8s/base/services/kustomization.yaml")), StringComparison.Ordinal);
        Assert.Contains("environment k8s", File.ReadAllText(_temp.File("out/docker-compose.yml")), StringComparison.Ordinal);
    }

    [Fact]
    public void Generate_without_an_environment_fails_on_an_environment_s_error_and_writes_nothing()
    {
        var result = InProcess.Run(_temp.Path, "generate", "--out", "out");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains(result.OutLines, l => l.Contains("PM1201: In environment 'prod'", StringComparison.Ordinal));
        Assert.False(Directory.Exists(_temp.File("out")));
    }

    [Fact]
    public void Doctor_checks_the_environment_s_ports_on_their_addresses()
    {
        using var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        socket.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        socket.Listen(1);
        var port = ((IPEndPoint)socket.LocalEndPoint!).Port;
        _temp.Write("ports.toml", $"""
            [project]
            name = "test"

            [containers.app]
            image = "nginx:1.27"

            [containers.app.ports.http]
            host_port = {port - 100}
            exposure = "public"

            [environments.dev]
            host_ip = "127.0.0.1"
            port_offset = 100
            """);

        var result = InProcess.Run(_temp.Path, isTerminal: false, new Dictionary<string, string?> { ["DOCKER_HOST"] = "tcp://127.0.0.1:1" }, "doctor", "-e", "dev");

        Assert.Equal(1, result.ExitCode);
        var row = Assert.Single(result.OutLines, l => l.StartsWith($"{port} ", StringComparison.Ordinal));
        Assert.Contains("127.0.0.1", row, StringComparison.Ordinal);
        Assert.Contains(" TAKEN ", row, StringComparison.Ordinal);
    }

    public void Dispose() => _temp.Dispose();
}
