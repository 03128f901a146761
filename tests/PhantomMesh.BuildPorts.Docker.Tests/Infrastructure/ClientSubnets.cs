namespace PhantomMesh.BuildPorts.Docker.Tests.Infrastructure;

/// <summary>
/// /30 blocks for client namespaces, inside 10.251.0.0/16, that no address or route of the host
/// already touches (another run, or anything else on the machine, may be using some).
/// </summary>
public static class ClientSubnets
{
    /// <summary><paramref name="count"/> distinct prefixes such as "10.251.7" (the /30 is prefix.0/30).</summary>
    public static async Task<IReadOnlyList<string>> TakeAsync(int count)
    {
        var addresses = await Command.RunAsync("ip", ["-4", "-o", "address", "show"], TimeSpan.FromSeconds(10));
        var routes = await Command.RunAsync("ip", ["-4", "route", "show", "table", "all"], TimeSpan.FromSeconds(10));
        var inUse = addresses + routes;
        return [.. Enumerable.Range(0, 256)
            .OrderBy(_ => Random.Shared.Next())
            .Select(octet => $"10.251.{octet}")
            .Where(prefix => !inUse.Contains(prefix + ".", StringComparison.Ordinal))
            .Take(count)];
    }
}
