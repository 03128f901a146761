namespace PhantomMesh.BuildPorts.Docker.Tests.Infrastructure;

/// <summary>What a test made and may have left behind, looked up on the engine and in the kernel by its names.</summary>
public static class Leftovers
{
    public static Task<IReadOnlyList<string>> ContainersOfProjectAsync(string project) =>
        LinesAsync("docker", "ps", "--all", "--quiet", "--filter", $"label=com.docker.compose.project={project}");

    public static async Task<IReadOnlyList<string>> NetworksNamedAsync(string name) =>
        [.. (await LinesAsync("docker", "network", "ls", "--format", "{{.Name}}")).Where(n => n == name)];

    /// <summary>Every image (intermediate ones too) carrying the run label <paramref name="runId"/>.</summary>
    public static Task<IReadOnlyList<string>> ImagesOfRunAsync(string runId) =>
        LinesAsync("docker", "images", "--all", "--quiet", "--filter", $"label={RunLabel.Key}={runId}");

    public static async Task<IReadOnlyList<string>> NamespacesNamedAsync(string name) =>
        [.. (await LinesAsync("ip", "netns", "list")).Where(line => line.Split(' ')[0] == name)];

    public static async Task<IReadOnlyList<string>> LinksNamedAsync(string name) =>
        [.. (await LinesAsync("ip", "-o", "link", "show")).Where(line => line.Contains($": {name}@", StringComparison.Ordinal)
            || line.Contains($": {name}:", StringComparison.Ordinal))];

    /// <summary>Every iptables rule or chain whose text holds <paramref name="name"/>, in any case (the generated chains are named after the project).</summary>
    public static async Task<IReadOnlyList<string>> FirewallLinesNamingAsync(string name) =>
        [.. (await LinesAsync("iptables", "-w", "10", "-S")).Where(line => line.Contains(name, StringComparison.OrdinalIgnoreCase))];

    private static async Task<IReadOnlyList<string>> LinesAsync(string executable, params string[] arguments) =>
        (await Command.RunAsync(executable, arguments, TimeSpan.FromSeconds(30)))
            .Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
