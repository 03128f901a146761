namespace PhantomMesh.BuildPorts.Docker.Tests.Infrastructure;

/// <summary>The Docker engine the tests drive through the docker client.</summary>
public static class DockerEngine
{
    private static readonly Lazy<Task<ToolResult>> Info = new(() => ExternalTool.RunAsync("docker", ["info"], TimeSpan.FromSeconds(30)));

    /// <summary>
    /// Fails the calling test under CI=true, which must run every test, and skips it otherwise, when
    /// no engine answers <c>docker info</c> (as <see cref="ExternalTool.RequireTool(string)"/> does for a tool).
    /// </summary>
    public static async Task RequireAsync()
    {
        ExternalTool.RequireTool("docker");
        var info = await Info.Value;
        if (info.Succeeded)
        {
            return;
        }

        var what = $"No Docker engine answers 'docker info' ({FirstLine(info.Output)})";
        const string hint = "Start one as root: (setsid dockerd >/tmp/dockerd.log 2>&1 &) (.ci/run does this).";
        if (ExternalTool.IsCi())
        {
            Assert.Fail($"{what}, and CI=true requires it. {hint}");
        }

        throw new SkipException($"{what}. {hint}");
    }

    /// <summary>Runs the docker client and returns its standard output; a failure throws.</summary>
    public static Task<string> RunAsync(params string[] arguments) => Command.RunAsync("docker", arguments);

    /// <summary>Runs the docker client; a failure is returned, not thrown (for probes and cleanup).</summary>
    public static Task<ToolResult> TryAsync(params string[] arguments) =>
        ExternalTool.RunAsync("docker", arguments, Command.DefaultTimeout);

    /// <summary>Removes <paramref name="tags"/>; one that does not exist (its build failed early) is not an error.</summary>
    public static async Task RemoveImagesAsync(IEnumerable<string> tags)
    {
        foreach (var tag in tags)
        {
            var removal = await TryAsync("rmi", "--force", tag);
            if (!removal.Succeeded && !removal.Output.Contains("No such image", StringComparison.OrdinalIgnoreCase))
            {
                throw new InvalidOperationException($"docker rmi {tag} failed: {removal}");
            }
        }
    }

    private static string FirstLine(string text) =>
        text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault() ?? "no output";
}
