using PhantomMesh.BuildPorts.Tests.Rendering.Generated;

namespace PhantomMesh.BuildPorts.Tests.Rendering;

/// <summary>
/// The generated DOCKER-USER rules (firewall/docker-user.sh for iptables, firewall/docker-user.nft
/// for nftables), applied for real inside a network namespace of the test's own, so the host's
/// firewall is never touched. Whether the rules hold on the wire is the Docker tests' part.
/// </summary>
public sealed class FirewallScriptTests(SampleOutputs outputs) : IClassFixture<SampleOutputs>
{
    private const string Script = "firewall/docker-user.sh";
    private const string Chain = "PHANTOMMESH-PORTS";

    private static readonly string DualStackSpec = SpecText.Of(
        SpecText.Project("Dual Stack"),
        SpecText.Container("app"),
        SpecText.Port("app", "admin", 24620, 8080, "exposure = { allow_from = [\"10.20.0.0/16\", \"fd00:20::/64\"] }"),
        SpecText.Port("app", "web", 24621, 8081, "exposure = \"public\""));

    private GeneratedOutput PhantomMesh => outputs[SampleSpecs.PhantomMesh];

    [SkippableFact]
    public async Task Script_run_twice_leaves_one_copy_of_each_rule_and_remove_restores_docker_user()
    {
        await using var ns = await NetworkNamespace.CreateAsync("pm-fw");
        ExternalTool.RequireTool("iptables");
        await CreateDockerUserChain(ns, "iptables");
        var before = await Rules(ns, "iptables");

        await ns.MustRunAsync("bash", PhantomMesh.PathOf(Script));
        var once = await Rules(ns, "iptables");
        await ns.MustRunAsync("bash", PhantomMesh.PathOf(Script));
        var twice = await Rules(ns, "iptables");

        Assert.Equal(once, twice);
        Assert.Equal(twice.Distinct(), twice);
        Assert.Equal($"-A DOCKER-USER -j {Chain}", twice.First(r => r.StartsWith("-A DOCKER-USER", StringComparison.Ordinal)));
        // 24520 and 24540 are the PhantomMesh ports with allow_from 192.168.1.0/24: one RETURN for the block, one DROP.
        foreach (var port in new[] { 24520, 24540 })
        {
            Assert.Single(twice, r => r.Contains($"-s 192.168.1.0/24 -p tcp -m conntrack --ctstate DNAT --ctorigdstport {port} --ctdir ORIGINAL -j RETURN", StringComparison.Ordinal));
            Assert.Single(twice, r => r.EndsWith($"--ctorigdstport {port} --ctdir ORIGINAL -j DROP", StringComparison.Ordinal) && !r.Contains(" -s ", StringComparison.Ordinal));
        }

        Assert.Equal(4, twice.Count(r => r.StartsWith($"-A {Chain} ", StringComparison.Ordinal)));

        var removed = await ns.MustRunAsync("bash", PhantomMesh.PathOf(Script), "--remove");
        Assert.Contains($"removed chain {Chain}", removed.StdOut, StringComparison.Ordinal);
        Assert.Equal(before, await Rules(ns, "iptables"));
    }

    [SkippableFact]
    public async Task Script_without_the_docker_user_chain_exits_non_zero_and_says_to_start_docker()
    {
        await using var ns = await NetworkNamespace.CreateAsync("pm-fw");
        ExternalTool.RequireTool("iptables");
        var before = await Rules(ns, "iptables");

        var result = await ns.RunAsync("bash", PhantomMesh.PathOf(Script));

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("the DOCKER-USER chain does not exist yet: start Docker first", result.StdErr, StringComparison.Ordinal);
        Assert.Equal(before, await Rules(ns, "iptables"));
    }

    [SkippableFact]
    public async Task Script_run_without_root_exits_non_zero_and_says_it_needs_root()
    {
        HostRequirements.RequireRoot();
        var setpriv = ExternalTool.RequireTool("setpriv");

        var result = await ExternalTool.RunAsync(setpriv,
            ["--reuid=65534", "--regid=65534", "--clear-groups", "bash", PhantomMesh.PathOf(Script)],
            workingDirectory: PhantomMesh.Folder);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("docker-user.sh: must run as root", result.StdErr, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Script_puts_ipv6_blocks_in_ip6tables_and_ipv4_blocks_in_iptables()
    {
        using var output = GeneratedOutput.FromText(DualStackSpec);
        await using var ns = await NetworkNamespace.CreateAsync("pm-fw");
        ExternalTool.RequireTool("ip6tables");
        await CreateDockerUserChain(ns, "iptables");
        await CreateDockerUserChain(ns, "ip6tables");

        await ns.MustRunAsync("bash", output.PathOf(Script));

        var ipv4 = await Rules(ns, "iptables");
        var ipv6 = await Rules(ns, "ip6tables");
        Assert.Contains(ipv4, r => r.StartsWith("-A DUAL-STACK-PORTS -s 10.20.0.0/16 -p tcp", StringComparison.Ordinal) && r.EndsWith("--ctorigdstport 24620 --ctdir ORIGINAL -j RETURN", StringComparison.Ordinal));
        Assert.Contains(ipv6, r => r.StartsWith("-A DUAL-STACK-PORTS -s fd00:20::/64 -p tcp", StringComparison.Ordinal) && r.EndsWith("--ctorigdstport 24620 --ctdir ORIGINAL -j RETURN", StringComparison.Ordinal));
        Assert.DoesNotContain(ipv4, r => r.Contains("fd00:20::", StringComparison.Ordinal));
        Assert.All([.. ipv4, .. ipv6], r => Assert.DoesNotContain("24621", r, StringComparison.Ordinal)); // public: no rule
        Assert.Contains("-A DOCKER-USER -j DUAL-STACK-PORTS", ipv6);
    }

    [SkippableFact]
    public async Task Nftables_file_loads_twice_into_one_table_and_drops_other_sources_of_restricted_ports_only()
    {
        await using var ns = await NetworkNamespace.CreateAsync("pm-fw");
        ExternalTool.RequireTool("nft");
        var file = PhantomMesh.PathOf("firewall/docker-user.nft");

        await ns.MustRunAsync("nft", "-f", file);
        await ns.MustRunAsync("nft", "-f", file);
        var ruleset = (await ns.MustRunAsync("nft", "list", "ruleset")).StdOut;

        Assert.Single(ruleset.Split('\n'), l => l.StartsWith("table inet ports_phantommesh", StringComparison.Ordinal));
        foreach (var port in new[] { 24520, 24540 })
        {
            Assert.Single(ruleset.Split('\n'), l => l.Contains($"ct original proto-dst {port} ip saddr != 192.168.1.0/24 drop", StringComparison.Ordinal));
        }

        Assert.Equal(4, ruleset.Split('\n').Count(l => l.TrimEnd().EndsWith(" drop", StringComparison.Ordinal)));
        await ns.MustRunAsync("nft", "delete", "table", "inet", "ports_phantommesh");
        Assert.DoesNotContain("ports_phantommesh", (await ns.MustRunAsync("nft", "list", "ruleset")).StdOut, StringComparison.Ordinal);
    }

    /// <summary>What Docker does at start: an empty DOCKER-USER chain that returns.</summary>
    private static async Task CreateDockerUserChain(NetworkNamespace ns, string tool)
    {
        await ns.MustRunAsync(tool, "-N", "DOCKER-USER");
        await ns.MustRunAsync(tool, "-A", "DOCKER-USER", "-j", "RETURN");
    }

    private static async Task<List<string>> Rules(NetworkNamespace ns, string tool)
        => (await ns.MustRunAsync(tool, "-S")).StdOut.Split('\n', StringSplitOptions.RemoveEmptyEntries).ToList();
}
