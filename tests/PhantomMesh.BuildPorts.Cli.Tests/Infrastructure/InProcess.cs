namespace PhantomMesh.BuildPorts.Cli.Tests.Infrastructure;

/// <summary>What one run of phantom-gen did: its exit code and both streams.</summary>
public sealed record CliResult(int ExitCode, string StdOut, string StdErr)
{
    public string[] OutLines => Lines(StdOut);

    public string[] ErrLines => Lines(StdErr);

    public override string ToString() => $"exit code {ExitCode}\n--- stdout ---\n{StdOut}\n--- stderr ---\n{StdErr}";

    private static string[] Lines(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n', StringSplitOptions.RemoveEmptyEntries);
}

/// <summary>
/// Runs the real entry point, <see cref="PhantomGen.Run"/>, in process with string writers: the same
/// command tree, options and exit codes as the installed tool, without starting a process.
/// </summary>
public static class InProcess
{
    /// <summary>Runs with output redirected (not a terminal) and an empty environment.</summary>
    public static CliResult Run(string workingDirectory, params string[] args)
        => Run(workingDirectory, isTerminal: false, environment: null, args);

    public static CliResult Run(string workingDirectory, bool isTerminal, IReadOnlyDictionary<string, string?>? environment, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var console = new CliConsole(output, error, isTerminal, environment ?? new Dictionary<string, string?>());
        var exitCode = PhantomGen.Run(args, console, workingDirectory);
        return new CliResult(exitCode, output.ToString(), error.ToString());
    }
}
