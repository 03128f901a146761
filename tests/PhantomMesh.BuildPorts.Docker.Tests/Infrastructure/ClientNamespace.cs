namespace PhantomMesh.BuildPorts.Docker.Tests.Infrastructure;

/// <summary>
/// "Another machine": a network namespace joined to the host by a veth pair on a /30 of its own
/// (the host end .1, the namespace end .2). Its requests reach the host's published ports from a
/// foreign address, through Docker's DNAT and the DOCKER-USER chain, as a remote client's would.
/// The cleanup scope removes the namespace and the link.
/// </summary>
public sealed class ClientNamespace
{
    private readonly NetworkNamespace _namespace;

    private ClientNamespace(NetworkNamespace networkNamespace, string hostLink, string prefix)
    {
        _namespace = networkNamespace;
        HostLink = hostLink;
        HostAddress = prefix + ".1";
        Address = prefix + ".2";
        Cidr = prefix + ".0/30";
    }

    public string Name => _namespace.Name;

    /// <summary>The host's end of the veth pair (the other end is inside the namespace).</summary>
    public string HostLink { get; }

    /// <summary>The host's address on the link: where the namespace sends its requests.</summary>
    public string HostAddress { get; }

    /// <summary>The namespace's own address, the source of its requests.</summary>
    public string Address { get; }

    public string Cidr { get; }

    /// <summary>Makes the namespace on <paramref name="prefix"/> (three octets, such as "10.251.7").</summary>
    public static async Task<ClientNamespace> CreateAsync(string prefix, CleanupScope scope)
    {
        ExternalTool.RequireTool("curl");
        var networkNamespace = await NetworkNamespace.CreateAsync("pmgt");
        scope.Add($"network namespace {networkNamespace.Name}", () => networkNamespace.DisposeAsync().AsTask());
        var id = RunLabel.NewId();
        var client = new ClientNamespace(networkNamespace, "pmh" + id, prefix);
        var namespaceLink = "pmn" + id;

        scope.Add($"link {client.HostLink}", client.DeleteHostLinkAsync);
        await IpAsync("link", "add", client.HostLink, "type", "veth", "peer", "name", namespaceLink);
        await IpAsync("link", "set", namespaceLink, "netns", client.Name);
        await IpAsync("address", "add", client.HostAddress + "/30", "dev", client.HostLink);
        await IpAsync("link", "set", client.HostLink, "up");
        await networkNamespace.MustRunAsync("ip", "address", "add", client.Address + "/30", "dev", namespaceLink);
        await networkNamespace.MustRunAsync("ip", "link", "set", namespaceLink, "up");
        await networkNamespace.MustRunAsync("ip", "link", "set", "lo", "up");
        return client;
    }

    /// <summary>Whether an HTTP GET of <paramref name="path"/> on the host's <paramref name="hostPort"/> gets a 2xx answer within a few seconds.</summary>
    public async Task<bool> ReachesAsync(int hostPort, string path = "/health")
    {
        // curl, not busybox wget: busybox wget crashes under ip netns exec.
        var curl = await _namespace.RunAsync("curl", "-fsS", "-o", "/dev/null", "--connect-timeout", "2", "--max-time", "4",
            $"http://{HostAddress}:{hostPort}{path}");
        return curl.Succeeded;
    }

    private async Task DeleteHostLinkAsync()
    {
        // Deleting the namespace deletes its end of the pair, and with it this end; delete it only if it is still there.
        var link = await ExternalTool.RunAsync("ip", ["link", "show", HostLink], TimeSpan.FromSeconds(10));
        if (link.Succeeded)
        {
            await IpAsync("link", "delete", HostLink);
        }
    }

    private static Task<string> IpAsync(params string[] arguments) => Command.RunAsync("ip", arguments, TimeSpan.FromSeconds(30));
}
