namespace PhantomMesh.BuildPorts.Docker.Tests.Infrastructure;

/// <summary>
/// A generated docker-compose.yml brought up under a project name of its own; the cleanup scope
/// takes it down (containers, network, volumes) whatever happens after <see cref="UpAsync"/> starts.
/// </summary>
public sealed class ComposeStack
{
    private static readonly TimeSpan ComposeTimeout = TimeSpan.FromSeconds(180);

    private readonly string _compose;

    private ComposeStack(Deployment deployment, string compose)
    {
        Deployment = deployment;
        _compose = compose;
        Project = "pmgt" + RunLabel.NewId();
    }

    public Deployment Deployment { get; }

    public string Project { get; }

    public static async Task<ComposeStack> UpAsync(Deployment deployment, CleanupScope scope)
    {
        var stack = new ComposeStack(deployment, ExternalTool.RequireTool("docker-compose"));
        scope.Add($"compose project {stack.Project}", stack.DownAsync);
        await stack.ComposeAsync("up", "--detach");
        return stack;
    }

    public Task DownAsync() => ComposeAsync("down", "--volumes", "--remove-orphans", "--timeout", "2");

    public async Task<string> ContainerIdAsync(string service) => (await ComposeAsync("ps", "-q", service)).Trim();

    /// <summary>Each service's health as the engine reports it: starting, healthy, unhealthy, or none without a check.</summary>
    public async Task<IReadOnlyDictionary<string, string>> HealthAsync()
    {
        var health = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var container in Deployment.Spec.Containers)
        {
            var id = await ContainerIdAsync(container.Name);
            var status = await DockerEngine.RunAsync("inspect", "--format",
                "{{if .State.Health}}{{.State.Health.Status}}{{else}}none{{end}}", id);
            health[container.Name] = status.Trim();
        }

        return health;
    }

    /// <summary>Stops a service's container; its process gets two seconds before it is killed.</summary>
    public async Task StopAsync(string service) =>
        await DockerEngine.RunAsync("stop", "--time", "2", await ContainerIdAsync(service));

    private Task<string> ComposeAsync(params string[] arguments) =>
        Command.RunAsync(_compose, ["--project-name", Project, "--file", Deployment.File("docker-compose.yml"), .. arguments],
            ComposeTimeout, Deployment.Folder);
}
