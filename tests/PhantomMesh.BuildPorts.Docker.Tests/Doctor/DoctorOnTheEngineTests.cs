using PhantomMesh.BuildPorts.Cli;
using PhantomMesh.BuildPorts.Docker.Tests.Infrastructure;

namespace PhantomMesh.BuildPorts.Docker.Tests.Doctor;

/// <summary>
/// Issue 10: <c>phantom-gen doctor</c> asking the real engine who publishes the spec's host ports:
/// a container of another compose project is a conflict named with its project; our own deployed
/// stack is ours; without an engine the bind probe answers alone, with a note.
/// </summary>
[Collection(DockerCollection.Name)]
public sealed class DoctorOnTheEngineTests(DockerFixture fixture)
{
    [SkippableFact]
    public async Task A_container_of_another_compose_project_on_our_port_fails_doctor_naming_it_and_its_project()
    {
        var images = await fixture.ImagesAsync();
        await CleanupScope.RunAsync(async scope =>
        {
            var ours = Deployment.Generate(scope.Folder(), StackSpecs.Exposure(images, "10.251.9.0/24"));
            var taken = ours.Spec.Port("edge", "public");
            var neighbour = Deployment.Generate(scope.Folder(), TestSpec.Unique("Neighbour",
            [
                new("intruder", [new TestPort("http", taken.HostPort, 8080) { HealthPath = "/health" }]) { Image = images.Web },
            ]));
            var stack = await ComposeStack.UpAsync(neighbour, scope);

            var result = Doctor(ours, "--engine-timeout", "20");

            Assert.True(result.ExitCode == 1, result.ToString());
            var row = Row(result, taken.HostPort);
            Assert.Contains(" TAKEN ", row, StringComparison.Ordinal);
            Assert.Contains($"of compose project '{stack.Project}'", row, StringComparison.Ordinal);
            Assert.Contains($"published by container {stack.Project}_intruder_1", row, StringComparison.Ordinal);
            Assert.Empty(result.Error);
        });
    }

    [SkippableFact]
    public async Task Our_own_stack_once_up_is_reported_as_ours_and_doctor_passes()
    {
        var images = await fixture.ImagesAsync();
        await CleanupScope.RunAsync(async scope =>
        {
            var ours = Deployment.Generate(scope.Folder(), StackSpecs.Exposure(images, "10.251.9.0/24"));
            var stack = await ComposeStack.UpAsync(ours, scope);

            var result = Doctor(ours, "--compose-project", stack.Project, "--engine-timeout", "20");

            Assert.True(result.ExitCode == 0, result.ToString());
            var published = ours.Spec.Ports.Where(p => p.Exposure != Exposures.Unpublished).ToList();
            Assert.All(published, port => Assert.Contains(" ours ", Row(result, port.HostPort), StringComparison.Ordinal));
            Assert.EndsWith($"free ({published.Count} published by our own stack).", result.Output.TrimEnd(), StringComparison.Ordinal);
        });
    }

    [SkippableFact]
    public async Task Without_an_engine_the_same_ports_are_held_by_docker_proxy_and_the_note_says_why()
    {
        var images = await fixture.ImagesAsync();
        await CleanupScope.RunAsync(async scope =>
        {
            var ours = Deployment.Generate(scope.Folder(), StackSpecs.Exposure(images, "10.251.9.0/24"));
            var stack = await ComposeStack.UpAsync(ours, scope);
            var missing = Path.Combine(scope.Folder().Path, "no-engine.sock");

            var result = DoctorAgainst(missing, ours);

            Assert.True(result.ExitCode == 1, result.ToString());
            Assert.Contains($"no Docker engine: {missing} does not exist; ports were checked by binding them only", result.Error, StringComparison.Ordinal);
            var row = Row(result, ours.Spec.Port("edge", "public").HostPort);
            Assert.Contains(" TAKEN ", row, StringComparison.Ordinal);
            Assert.Contains("docker-proxy", row, StringComparison.Ordinal);
        });
    }

    private static DoctorRun Doctor(Deployment deployment, params string[] options) => DoctorAgainst(null, deployment, options);

    /// <summary>Runs doctor in process on the deployment's spec; <paramref name="socket"/> replaces the engine's socket.</summary>
    private static DoctorRun DoctorAgainst(string? socket, Deployment deployment, params string[] options)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var environment = new Dictionary<string, string?> { ["DOCKER_HOST"] = socket is null ? null : "unix://" + socket };
        var console = new CliConsole(output, error, isTerminal: false, environment);
        var exitCode = PhantomGen.Run(["doctor", "--spec", Path.Combine(Path.GetDirectoryName(deployment.Folder)!, "ports.toml"), .. options], console, deployment.Folder);
        return new DoctorRun(exitCode, output.ToString(), error.ToString());
    }

    private static string Row(DoctorRun result, int port)
        => Assert.Single(result.Output.Split('\n'), l => l.StartsWith($"{port} ", StringComparison.Ordinal));

    private sealed record DoctorRun(int ExitCode, string Output, string Error)
    {
        public override string ToString() => $"exit code {ExitCode}\n--- stdout ---\n{Output}\n--- stderr ---\n{Error}";
    }
}
