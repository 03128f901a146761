namespace PhantomMesh.BuildPorts.Testing;

/// <summary>
/// A network namespace of the test's own: its own firewall tables and interfaces, so a test can
/// apply generated firewall rules without touching the host's. Deleted on dispose, with all it holds.
/// </summary>
public sealed class NetworkNamespace : IAsyncDisposable
{
    private static readonly TimeSpan CommandTimeout = TimeSpan.FromSeconds(30);

    private NetworkNamespace(string name) => Name = name;

    public string Name { get; }

    /// <summary>Creates a namespace named after <paramref name="prefix"/> and a random suffix; needs root and iproute2.</summary>
    public static async Task<NetworkNamespace> CreateAsync(string prefix)
    {
        HostRequirements.RequireRoot();
        ExternalTool.RequireTool("ip");
        var name = $"{prefix}-{Guid.NewGuid():N}"[..Math.Min(prefix.Length + 9, 32)];
        var result = await ExternalTool.RunAsync("ip", ["netns", "add", name], CommandTimeout);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"'ip netns add {name}' failed:\n{result}");
        }

        return new NetworkNamespace(name);
    }

    /// <summary>Runs a program inside the namespace (ip netns exec), no shell.</summary>
    public Task<ToolResult> RunAsync(string program, params string[] arguments)
        => ExternalTool.RunAsync("ip", ["netns", "exec", Name, program, .. arguments], CommandTimeout);

    /// <summary>Runs a program inside the namespace and fails the test when it does not succeed.</summary>
    public async Task<ToolResult> MustRunAsync(string program, params string[] arguments)
    {
        var result = await RunAsync(program, arguments);
        Xunit.Assert.True(result.Succeeded, $"'{program} {string.Join(' ', arguments)}' failed in namespace {Name}:\n{result}");
        return result;
    }

    public async ValueTask DisposeAsync()
        => await ExternalTool.RunAsync("ip", ["netns", "delete", Name], CommandTimeout);
}
