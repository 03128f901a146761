using System.Text.Json;
using PhantomMesh.BuildPorts.Cli.Tests.Infrastructure;

namespace PhantomMesh.BuildPorts.Cli.Tests.Commands;

/// <summary>
/// <c>phantom-gen doctor</c> asking the Docker Engine API who publishes each port, against a fake
/// engine on a unix socket of the test's own (the real engine is the Docker tests' part).
/// </summary>
public sealed class DoctorEngineTests : IDisposable
{
    // 24651 is ours (service "web" of the spec), 24652 is free of containers.
    private static readonly string Spec = SpecText.Of(
        SpecText.Project("doctor"),
        SpecText.Container("web"),
        SpecText.Port("web", "http", 24651, 8080, "exposure = \"public\""),
        SpecText.Port("web", "admin", 24652, 8081));

    private readonly TempFolder _temp = new();

    public DoctorEngineTests() => _temp.Write("ports.toml", Spec);

    [Fact]
    public void A_port_published_by_a_container_of_another_compose_project_is_taken_and_named()
    {
        using var engine = FakeDockerEngine.Answering(Containers(("billing-db-1", "billing", "db", 24651, 5432, "0.0.0.0")));

        var result = Run(engine);

        Assert.True(result.ExitCode == 1, result.ToString());
        var row = Row(result, 24651);
        Assert.Contains(" TAKEN ", row, StringComparison.Ordinal);
        Assert.Contains("published by container billing-db-1 of compose project 'billing' (0.0.0.0:24651->5432/tcp)", row, StringComparison.Ordinal);
        Assert.Contains(" free ", Row(result, 24652), StringComparison.Ordinal);
        Assert.Equal("ports.toml: 1 host port of 2 already taken on this machine.", result.OutLines[^1]);
    }

    [Fact]
    public void Our_own_deployed_container_with_the_spec_mapping_is_ours_and_not_a_conflict()
    {
        using var engine = FakeDockerEngine.Answering(Containers(("stack-web-1", "stack", "web", 24651, 8080, "0.0.0.0")));

        var result = Run(engine);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains(" ours ", Row(result, 24651), StringComparison.Ordinal);
        Assert.Contains("published by our container stack-web-1 of compose project 'stack'", Row(result, 24651), StringComparison.Ordinal);
        Assert.Equal("ports.toml: all 2 host ports are free (1 published by our own stack).", result.OutLines[^1]);
        Assert.Empty(result.StdErr);
    }

    [Theory]
    [InlineData("stack", "web", 9999)] // our service, but another container port: someone else's mapping
    [InlineData("other", "web", 8080)] // --compose-project names another project
    public void A_container_that_only_looks_like_ours_is_taken(string project, string service, int containerPort)
    {
        using var engine = FakeDockerEngine.Answering(Containers(("x-web-1", project, service, 24651, containerPort, "0.0.0.0")));

        var result = Run(engine, "--compose-project", "stack");

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Contains(" TAKEN ", Row(result, 24651), StringComparison.Ordinal);
    }

    [Fact]
    public void A_container_on_another_address_or_protocol_does_not_hold_the_port()
    {
        // admin is internal, so published on 127.0.0.1: a container on 10.0.0.5 does not clash with it.
        using var engine = FakeDockerEngine.Answering(UdpOrTcpContainers(
            ("a-1", "a", "a", 24652, 8081, "10.0.0.5", "tcp"),
            ("b-1", "b", "b", 24651, 8080, "0.0.0.0", "udp")));

        var result = Run(engine);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains(" free ", Row(result, 24651), StringComparison.Ordinal);
        Assert.Contains(" free ", Row(result, 24652), StringComparison.Ordinal);
    }

    [Fact]
    public void Without_an_engine_doctor_binds_alone_and_says_so()
    {
        var missing = Path.Combine(_temp.Path, "no-such.sock");

        var result = InProcess.Run(_temp.Path, false, new Dictionary<string, string?> { ["DOCKER_HOST"] = "unix://" + missing }, "doctor");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal($"phantom-gen: note: no Docker engine: {missing} does not exist; ports were checked by binding them only.", Assert.Single(result.ErrLines));
        Assert.Contains("bound 0.0.0.0:24651 and released it", Row(result, 24651), StringComparison.Ordinal);
    }

    [Fact]
    public void A_slow_engine_is_given_up_after_the_timeout_and_the_probe_answers()
    {
        using var engine = FakeDockerEngine.Silent();

        var started = DateTime.UtcNow;
        var result = Run(engine, "--engine-timeout", "0.5");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("did not answer within 0.5 s; ports were checked by binding them only", result.StdErr, StringComparison.Ordinal);
        Assert.True(DateTime.UtcNow - started < TimeSpan.FromSeconds(30), "doctor waited far longer than its engine timeout");
    }

    [Fact]
    public void An_engine_error_is_a_note_and_the_probe_answers()
    {
        using var engine = FakeDockerEngine.Failing(500);

        var result = Run(engine);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("answered 500 Error to GET /containers/json", result.StdErr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_docker_host_that_is_not_a_unix_socket_is_a_note()
    {
        var result = InProcess.Run(_temp.Path, false, new Dictionary<string, string?> { ["DOCKER_HOST"] = "tcp://10.1.2.3:2375" }, "doctor");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("DOCKER_HOST=tcp://10.1.2.3:2375 is not a unix socket", result.StdErr, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_names_the_holder_container_and_its_compose_project()
    {
        using var engine = FakeDockerEngine.Answering(Containers(("billing-db-1", "billing", "db", 24651, 5432, "0.0.0.0")));

        var result = Run(engine, "--format", "json");

        Assert.Equal(1, result.ExitCode);
        using var json = JsonDocument.Parse(result.StdOut);
        Assert.True(json.RootElement.GetProperty("engine").GetProperty("reachable").GetBoolean());
        var ports = json.RootElement.GetProperty("ports").EnumerateArray().ToList();
        Assert.Equal([24651, 24652], ports.Select(p => p.GetProperty("hostPort").GetInt32()));
        Assert.Equal("taken", ports[0].GetProperty("state").GetString());
        Assert.Equal("container", ports[0].GetProperty("heldBy").GetString());
        Assert.Equal("billing-db-1", ports[0].GetProperty("heldByContainer").GetProperty("name").GetString());
        Assert.Equal("billing", ports[0].GetProperty("heldByContainer").GetProperty("composeProject").GetString());
        Assert.Equal("127.0.0.1", ports[1].GetProperty("hostIp").GetString());
        Assert.Equal("free", ports[1].GetProperty("state").GetString());
    }

    [Fact]
    public void A_port_held_by_a_process_names_the_process()
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 24652);
        listener.Start();
        using var engine = FakeDockerEngine.Answering("[]");

        var result = Run(engine);

        Assert.Equal(1, result.ExitCode);
        var row = Row(result, 24652);
        Assert.Contains(" TAKEN ", row, StringComparison.Ordinal);
        Assert.Contains($"(pid {Environment.ProcessId})", row, StringComparison.Ordinal);
    }

    [SkippableFact]
    [Trait(PhantomGenProcess.TraitName, PhantomGenProcess.TraitValue)]
    [System.Runtime.Versioning.SupportedOSPlatform("linux")]
    public async Task A_socket_that_refuses_us_says_what_to_do_and_the_probe_answers()
    {
        // Root passes every permission check, so the tool runs as 'nobody' against a socket only root may open.
        HostRequirements.RequireRoot();
        var setpriv = ExternalTool.RequireTool("setpriv");
        Skip.IfNot(OperatingSystem.IsLinux(), "setpriv and unix file modes are Linux's");
        using var engine = FakeDockerEngine.Answering("[]");
        File.SetUnixFileMode(engine.SocketPath, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        File.SetUnixFileMode(_temp.Path, (UnixFileMode)0b111_101_101);
        File.SetUnixFileMode(_temp.File("ports.toml"), (UnixFileMode)0b110_100_100);

        var result = await ExternalTool.RunAsync(setpriv,
            ["--reuid=65534", "--regid=65534", "--clear-groups", .. PhantomGenProcess.CommandLine("doctor")],
            TimeSpan.FromSeconds(60), _temp.Path,
            new Dictionary<string, string?> { ["DOCKER_HOST"] = "unix://" + engine.SocketPath, ["HOME"] = _temp.Path, ["DOTNET_CLI_HOME"] = _temp.Path });

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains($"permission denied on the Docker socket {engine.SocketPath}: add your user to the 'docker' group", result.StdErr, StringComparison.Ordinal);
        Assert.Contains("ports.toml: all 2 host ports are free.", result.StdOut, StringComparison.Ordinal);
    }

    [Fact]
    public void An_engine_timeout_out_of_range_is_a_usage_error()
    {
        var result = InProcess.Run(_temp.Path, "doctor", "--engine-timeout", "0");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--engine-timeout must be more than 0", result.StdErr, StringComparison.Ordinal);
    }

    public void Dispose() => _temp.Dispose();

    private CliResult Run(FakeDockerEngine engine, params string[] options)
        => InProcess.Run(_temp.Path, false, engine.Environment, ["doctor", .. options]);

    private static string Row(CliResult result, int port)
        => Assert.Single(result.OutLines, l => l.StartsWith($"{port} ", StringComparison.Ordinal));

    /// <summary>A /containers/json answer: one running container per tuple, with its compose labels and one published port.</summary>
    private static string Containers(params (string Name, string Project, string Service, int PublicPort, int PrivatePort, string Ip)[] containers)
        => UdpOrTcpContainers(containers.Select(c => (c.Name, c.Project, c.Service, c.PublicPort, c.PrivatePort, c.Ip, "tcp")).ToArray());

    private static string UdpOrTcpContainers(params (string Name, string Project, string Service, int PublicPort, int PrivatePort, string Ip, string Type)[] containers)
        => JsonSerializer.Serialize(containers.Select(c => new Dictionary<string, object>
        {
            ["Id"] = Guid.NewGuid().ToString("N"),
            ["Names"] = new[] { "/" + c.Name },
            ["Image"] = "nginx:1.27",
            ["State"] = "running",
            ["Ports"] = new[] { new Dictionary<string, object> { ["IP"] = c.Ip, ["PrivatePort"] = c.PrivatePort, ["PublicPort"] = c.PublicPort, ["Type"] = c.Type } },
            ["Labels"] = new Dictionary<string, string> { ["com.docker.compose.project"] = c.Project, ["com.docker.compose.service"] = c.Service },
        }));
}
