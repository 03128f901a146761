namespace PhantomMesh.BuildPorts.Docker.Tests.Infrastructure;

/// <summary>
/// A deployment's generated firewall/docker-user.sh, which puts the allow_from rules in Docker's
/// DOCKER-USER chain (and takes them out again with --remove), and the chain as iptables lists it.
/// </summary>
public sealed class DockerUserRules(Deployment deployment)
{
    public string Script => deployment.File("firewall/docker-user.sh");

    /// <summary>
    /// The rules of DOCKER-USER and of every chain it jumps to, one <c>iptables -S</c> line each: all
    /// the script may change, and none of the rules Docker itself adds as containers come and go.
    /// </summary>
    public static async Task<IReadOnlyList<string>> ChainsAsync()
    {
        var table = (await Command.RunAsync("iptables", ["-w", "10", "-S"], TimeSpan.FromSeconds(30)))
            .Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var lines = new List<string>();
        var pending = new Queue<string>(["DOCKER-USER"]);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        while (pending.TryDequeue(out var chain))
        {
            if (!seen.Add(chain))
            {
                continue;
            }

            var rules = table.Where(line => line == $"-N {chain}" || line.StartsWith($"-A {chain} ", StringComparison.Ordinal)).ToList();
            lines.AddRange(rules);
            foreach (var rule in rules)
            {
                var jump = rule.Split(' ').SkipWhile(word => word != "-j").Skip(1).FirstOrDefault();
                if (jump is not null && table.Contains($"-N {jump}"))
                {
                    pending.Enqueue(jump);
                }
            }
        }

        return lines;
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
