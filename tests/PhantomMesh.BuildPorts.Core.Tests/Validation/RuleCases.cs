using PhantomMesh.BuildPorts.Tests.Support;

namespace PhantomMesh.BuildPorts.Tests.Validation;

/// <summary>
/// One failing spec and its passing twin for every rule. ⟪ marks where the diagnostic must point.
/// </summary>
public static class RuleCases
{
    public sealed record Case(string Code, string Bad, string Good)
    {
        public override string ToString() => Code;
    }

    private const string Free = """
        [project]
        name = "free"

        """;

    private static string FreePort(string body) => Free + $"""
        [containers.app]
        image = "nginx:1.27"

        [containers.app.ports.http]
        {body}
        """;

    private static string TwoContainers(string first, string second, string secondContainer = "") => Specs.Project + $"""
        [containers.one]
        image = "nginx:1.27"
        service = "one"

        [containers.one.ports.http]
        {first}

        [containers.two]
        image = "nginx:1.27"
        {secondContainer}

        [containers.two.ports.web]
        {second}
        """;

    public static IEnumerable<object[]> All() => Cases().Select(c => new object[] { c });

    private static IEnumerable<Case> Cases()
    {
        yield return new("PM1001",
            Specs.Project.Replace("[project]", "[project⟪", StringComparison.Ordinal) + "\n",
            Specs.Project);
        yield return new("PM1002",
            Specs.OnePort("host_port = ⟪\"24510\"\ngroup = \"core\""),
            Specs.OnePort("host_port = 24510\ngroup = \"core\""));
        yield return new("PM1003",
            Specs.OnePort("⟪hostport = 24510\nhost_port = 24511\ngroup = \"core\""),
            Specs.OnePort("host_port = 24511\ngroup = \"core\""));
        yield return new("PM1004",
            Specs.OnePort("container_port = 8080").Replace("ports.http]", "ports.⟪http]", StringComparison.Ordinal),
            Specs.OnePort("host_port = 24510\ncontainer_port = 8080"));
        yield return new("PM1005",
            Specs.OnePort("host_port = 24510\n⟪host_port = 24511"),
            Specs.OnePort("host_port = 24511"));
        yield return new("PM1008",
            "includes = [⟪\"no-such-neighbour.toml\"]\n" + Specs.OnePort(Specs.ValidPort),
            "includes = []\n" + Specs.OnePort(Specs.ValidPort));
        yield return new("PM1009",
            Specs.OnePort(Specs.ValidPort + "\nexposure = ⟪\"everyone\""),
            Specs.OnePort(Specs.ValidPort + "\nexposure = \"public\""));
        yield return new("PM1010",
            Specs.OnePort("host_port = 24510\ngroup = ⟪\"cor\""),
            Specs.OnePort("host_port = 24510\ngroup = \"core\""));
        yield return new("PM1011",
            Specs.OnePort(Specs.ValidPort + "\nsuppress = { ⟪PM1201 = \"we know\" }"),
            Specs.OnePort(Specs.ValidPort + "\nsuppress = { PM2001 = \"we know\" }"));
        yield return new("PM1012",
            Specs.OnePort(Specs.ValidPort).Replace("[containers.app]", "[containers.⟪\"app: {x}\"]", StringComparison.Ordinal)
                .Replace("[containers.app.ports.http]", "[containers.\"app: {x}\".ports.http]", StringComparison.Ordinal),
            Specs.OnePort(Specs.ValidPort));
        yield return new("PM1101",
            Specs.OnePort("host_port = ⟪70000"),
            Specs.OnePort("host_port = 24510"));
        yield return new("PM1102",
            Specs.OnePort(Specs.ValidPort + "\nprotocol = ⟪\"TCPX\""),
            Specs.OnePort(Specs.ValidPort + "\nprotocol = \"tcp\""));
        yield return new("PM1103",
            Specs.OnePort(Specs.ValidPort + "\nhost_ip = ⟪\"127.0.0.256\""),
            Specs.OnePort(Specs.ValidPort + "\nhost_ip = \"127.0.0.1\""));
        yield return new("PM1104",
            Specs.OnePort(Specs.ValidPort + "\nexposure = { allow_from = [⟪\"192.168.1.0/33\"] }"),
            Specs.OnePort(Specs.ValidPort + "\nexposure = { allow_from = [\"192.168.1.0/24\"] }"));
        yield return new("PM1105",
            Specs.Project + "[groups.extra]\nrange = ⟪\"24569-24560\"\n",
            Specs.Project + "[groups.extra]\nrange = \"24560-24569\"\n");
        yield return new("PM1201",
            TwoContainers("host_port = 24510\ngroup = \"core\"", "host_port = ⟪24510\ngroup = \"core\""),
            TwoContainers("host_port = 24510\ngroup = \"core\"", "host_port = 24511\ngroup = \"core\""));
        yield return new("PM1202",
            Specs.OnePort("host_port = ⟪24540\ngroup = \"core\""),
            Specs.OnePort("host_port = 24540\ngroup = \"monitoring\""));
        yield return new("PM1203",
            Specs.OnePort("host_port = ⟪24600"),
            Specs.OnePort("host_port = 24599"));
        yield return new("PM1204",
            Specs.Project + "[groups.extra]\nrange = ⟪\"24515-24525\"\n",
            Specs.Project + "[groups.extra]\nrange = \"24520-24525\"\n");
        yield return new("PM1205",
            Specs.Project + "[reserved.later]\nport = 24512\n\n" + "[containers.app]\nimage = \"x\"\n[containers.app.ports.http]\nhost_port = ⟪24512\n",
            Specs.Project + "[reserved.later]\nport = 24512\n\n" + "[containers.app]\nimage = \"x\"\n[containers.app.ports.http]\nhost_port = 24513\n");
        yield return new("PM1206",
            Specs.OnePort(Specs.ValidPort + "\nexposure = \"public\"") + "\n[containers.app.ports.http2]\nhost_port = 24510\nhost_ip = \"10.0.0.1\"\ncontainer_port = ⟪8080\n",
            Specs.OnePort(Specs.ValidPort + "\nhost_ip = \"10.0.0.1\"") + "\n[containers.app.ports.http2]\nhost_port = 24510\nhost_ip = \"10.0.0.2\"\ncontainer_port = 8080\n");
        yield return new("PM1301",
            Specs.OnePort(Specs.ValidPort).Replace("ports.http]", "ports.⟪Http_Api]", StringComparison.Ordinal),
            Specs.OnePort(Specs.ValidPort).Replace("ports.http]", "ports.http-api]", StringComparison.Ordinal));
        yield return new("PM1302",
            Specs.OnePort(Specs.ValidPort).Replace("ports.http]", "ports.⟪tunnel-management-api]", StringComparison.Ordinal),
            Specs.OnePort(Specs.ValidPort).Replace("ports.http]", "ports.tunnel-mgmt-api]", StringComparison.Ordinal));
        yield return new("PM1303",
            TwoContainers("host_port = 24510", "host_port = 24511", "service = \"one\"").Replace("ports.web]", "ports.⟪http]", StringComparison.Ordinal),
            TwoContainers("host_port = 24510", "host_port = 24511", "service = \"one\""));
        yield return new("PM1304",
            TwoContainers("host_port = 24510\nhost_ip = \"10.0.0.1\"", "host_port = ⟪24510\nhost_ip = \"10.0.0.2\"", "service = \"one\""),
            TwoContainers("host_port = 24510\nhost_ip = \"10.0.0.1\"", "host_port = 24510\nhost_ip = \"10.0.0.2\"", "service = \"two\""));
        yield return new("PM1305",
            Specs.OnePort(Specs.ValidPort, "service = ⟪\"1-app\""),
            Specs.OnePort(Specs.ValidPort, "service = \"app-1\""));
        yield return new("PM2001",
            Specs.OnePort("host_port = ⟪24554\ngroup = \"monitoring\""),
            Specs.OnePort("host_port = 24555\ngroup = \"monitoring\""));
        yield return new("PM2002",
            FreePort("host_port = ⟪8765"),
            FreePort("host_port = 24765"));
        yield return new("PM2003",
            FreePort("host_port = ⟪5432"),
            FreePort("host_port = 25432"));
        yield return new("PM2004",
            FreePort("host_port = ⟪40123"),
            FreePort("host_port = 24123"));
        yield return new("PM2005",
            FreePort("host_port = ⟪1000"),
            FreePort("host_port = 11000"));
        yield return new("PM2006",
            Specs.OnePort("host_port = 24541\ncontainer_port = 3000\ngroup = \"monitoring\"") + "\n[containers.app.ports.api]\nhost_port = ⟪24542\ncontainer_port = 3000\ngroup = \"monitoring\"\n",
            Specs.OnePort("host_port = 24541\ncontainer_port = 3000\ngroup = \"monitoring\""));
        yield return new("PM2007",
            Specs.OnePort(Specs.ValidPort + "\nhealth = { command = ⟪\"ping -c 1 127.0.0.1\" }"),
            Specs.OnePort(Specs.ValidPort + "\nhealth = { command = \"wg show wg0 latest-handshakes\" }"));
        yield return new("PM2008",
            Specs.OnePort(Specs.ValidPort + "\nprotocol = \"udp\"\nhealth = { http = ⟪\"/health\" }"),
            Specs.OnePort(Specs.ValidPort + "\nprotocol = \"udp\"\nhealth = { command = \"wg show wg0\" }"));
        yield return new("PM2009",
            Specs.OnePort(Specs.ValidPort + "\nexposure = \"internal\"\nhost_ip = ⟪\"0.0.0.0\""),
            Specs.OnePort(Specs.ValidPort + "\nexposure = \"internal\"\nhost_ip = \"127.0.0.1\""));
    }
}
