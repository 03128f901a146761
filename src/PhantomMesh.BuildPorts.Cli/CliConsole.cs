namespace PhantomMesh.BuildPorts.Cli;

/// <summary>Where the tool writes and what it knows about the terminal; tests pass string writers.</summary>
public sealed class CliConsole(TextWriter output, TextWriter error, bool isTerminal, IReadOnlyDictionary<string, string?> environment)
{
    public TextWriter Out { get; } = output;

    public TextWriter Error { get; } = error;

    /// <summary>Colours only on a terminal, and never when NO_COLOR is set (https://no-color.org).</summary>
    public bool UseColor { get; } = isTerminal && string.IsNullOrEmpty(environment.GetValueOrDefault("NO_COLOR"));

    public bool IsGitHubActions { get; } = string.Equals(environment.GetValueOrDefault("GITHUB_ACTIONS"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>Where the Docker engine answers (unix:///path), as Docker's own client reads it; null for the default socket.</summary>
    public string? DockerHost { get; } = environment.GetValueOrDefault("DOCKER_HOST");

    public static CliConsole System()
    {
        var environment = Environment.GetEnvironmentVariables()
            .Cast<System.Collections.DictionaryEntry>()
            .ToDictionary(e => (string)e.Key, e => (string?)e.Value, StringComparer.Ordinal);
        return new CliConsole(Console.Out, Console.Error, !Console.IsOutputRedirected, environment);
    }
}
