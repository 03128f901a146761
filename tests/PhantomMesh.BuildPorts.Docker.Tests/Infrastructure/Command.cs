namespace PhantomMesh.BuildPorts.Docker.Tests.Infrastructure;

/// <summary>Runs a program that must succeed: a failure throws with the command line and everything it printed.</summary>
public static class Command
{
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(120);

    public static async Task<string> RunAsync(
        string executable,
        IReadOnlyList<string> arguments,
        TimeSpan? timeout = null,
        string? workingDirectory = null,
        IReadOnlyDictionary<string, string?>? environment = null)
    {
        var result = await ExternalTool.RunAsync(executable, arguments, timeout ?? DefaultTimeout, workingDirectory, environment);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"'{executable} {string.Join(' ', arguments)}' failed: {result}");
        }

        return result.StdOut;
    }
}
