using PhantomMesh.BuildPorts.Queries;
using PhantomMesh.BuildPorts.Spec;
using PhantomMesh.BuildPorts.Tests.Infrastructure;
using PhantomMesh.BuildPorts.Tests.Support;
using PhantomMesh.BuildPorts.Validation;

namespace PhantomMesh.BuildPorts.Tests.Queries;

public class QueryTests
{
    private static SpecSet RepoSpecs() => SpecCheck.Run(RepoPaths.PortsToml).Specs!;

    [Fact]
    public void Next_free_monitoring_ports_skip_used_reserved_and_iana_registered_ports()
    {
        var free = FreePortFinder.FindInGroup(RepoSpecs(), "monitoring", 20);

        // 24540, 24541 and 24550, 24551 are used, 24542 is reserved, 24554 is binkp's.
        Assert.Equal([24543, 24544, 24545, 24546, 24547, 24548, 24549, 24552, 24553, 24555, 24556, 24557, 24558, 24559], free);
    }

    [Fact]
    public void Next_free_ports_skip_ports_of_included_specs()
    {
        using var temp = new TempSpec();
        temp.Write("n/ports.toml", "[project]\nname = \"n\"\n[containers.x]\nimage = \"x\"\n[containers.x.ports.a]\nhost_port = 24511\n[reserved.later]\nport = 24513\n");
        var ours = temp.Write("o/ports.toml", "includes = [\"../n/ports.toml\"]\n[project]\nname = \"o\"\n[containers.y]\nimage = \"y\"\n[containers.y.ports.a]\nhost_port = 24510\n");

        var free = FreePortFinder.Find(SpecCheck.Run(ours).Specs!, new PortRange(24510, 24599), 3);

        Assert.Equal([24512, 24514, 24515], free);
    }

    [Fact]
    public void Next_free_in_an_unknown_group_is_null()
        => Assert.Null(FreePortFinder.FindInGroup(RepoSpecs(), "no-such-group", 1));

    [Fact]
    public void Usage_summary_is_computed_per_group_and_for_the_whole_range()
    {
        var summary = UsageSummary.Compute(RepoSpecs());

        var figures = summary.Groups.Select(g => (g.Name, g.Used, g.Reserved, g.Free)).ToList();
        Assert.Equal(
            [
                ("vpn-core", 3, 0, 7),
                ("agent-framework", 2, 0, 8),
                ("discovery", 2, 0, 8),
                ("monitoring", 4, 1, 15),
                ("system-metrics", 2, 0, 8),
            ],
            figures);
        Assert.NotNull(summary.Project);
        Assert.Equal((100, 13, 28, 59), (summary.Project!.Size, summary.Project.Used, summary.Project.Reserved, summary.Project.Free));
    }

    [Fact]
    public void Migration_table_lists_every_port_in_host_port_order_with_its_old_port()
    {
        var rows = MigrationTable.Compute(RepoSpecs().Root);

        Assert.Equal(13, rows.Count);
        Assert.Equal(rows.Select(r => r.NewPort).Order(), rows.Select(r => r.NewPort));
        var wireguard = rows[0];
        Assert.Equal(("WireGuard VPN", 51820, 24510, 51820, Protocol.Udp), (wireguard.Title, wireguard.OldPort, wireguard.NewPort, wireguard.ContainerPort, wireguard.Protocol));
        Assert.Null(rows.Single(r => r.NewPort == 24512).OldPort);
        Assert.Equal(9101, rows.Single(r => r.NewPort == 24561).OldPort);
    }
}
