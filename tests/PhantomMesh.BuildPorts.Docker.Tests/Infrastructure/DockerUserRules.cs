namespace PhantomMesh.BuildPorts.Docker.Tests.Infrastructure;

/// <summary>
/// A deployment's generated firewall/docker-user.sh, which puts the allow_from rules in Docker's
/// DOCKER-USER chain (and takes them out again with --remove), and the chain as iptables lists it.
/// </summary>
public sealed class DockerUserRules(Deployment deployment)
{
    public string Script => deployment.File("firewall/docker-user.sh");

    /// <summary>The rules of DOCKER-USER, one <c>iptables -S</c> line each.</summary>
    public static async Task<IReadOnlyList<string>> ChainAsync()
    {
        var rules = await Command.RunAsync("iptables", ["-w", "10", "-S", "DOCKER-USER"], TimeSpan.FromSeconds(30));
        return rules.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
    }

    public Task<ToolResult> RunAsync(params string[] arguments) =>
        ExternalTool.RunAsync("bash", [Script, .. arguments], TimeSpan.FromSeconds(60), deployment.Folder);

    /// <summary>Applies the rules; the cleanup scope removes them.</summary>
    public async Task ApplyAsync(CleanupScope scope)
    {
        scope.Add($"the DOCKER-USER rules of {Script}", RemoveAsync);
        var apply = await RunAsync();
        Assert.True(apply.Succeeded, "docker-user.sh failed: " + apply);
    }

    public async Task RemoveAsync()
    {
        var remove = await RunAsync("--remove");
        if (!remove.Succeeded)
        {
            throw new InvalidOperationException("docker-user.sh --remove failed: " + remove);
        }
    }
}
