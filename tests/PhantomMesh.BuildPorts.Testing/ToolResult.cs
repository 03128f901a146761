namespace PhantomMesh.BuildPorts.Testing;

/// <summary>What an external tool did: its exit code and everything it printed.</summary>
public sealed record ToolResult(int ExitCode, string StdOut, string StdErr, bool TimedOut)
{
    public bool Succeeded => !TimedOut && ExitCode == 0;

    /// <summary>Both streams, for assertions on a message wherever the tool printed it.</summary>
    public string Output => StdOut + StdErr;

    public override string ToString() =>
        $"exit code {ExitCode}{(TimedOut ? " (timed out)" : "")}\n--- stdout ---\n{StdOut}\n--- stderr ---\n{StdErr}";
}
