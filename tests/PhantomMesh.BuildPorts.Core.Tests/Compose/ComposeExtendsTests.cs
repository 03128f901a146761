using PhantomMesh.BuildPorts.Tests.Support;
using PhantomMesh.BuildPorts.Validation;

namespace PhantomMesh.BuildPorts.Tests.Compose;

/// <summary><c>extends</c>: a service starts from another service of the same file or of another file, as Compose applies it.</summary>
public sealed class ComposeExtendsTests
{
    private const string Common = "/srv/shop/common.yml";

    private const string CommonText = """
        services:
          webapp:
            ports:
              - "8080:80"
          tunnel:
            network_mode: host
          proxy:
            extends: webapp
            ports: ["8443:443"]
        """;

    [Theory]
    [InlineData("extends: base")]
    [InlineData("extends: { service: base }")]
    public void A_service_extending_one_of_the_same_file_adds_its_ports_to_the_base_ones(string extends)
    {
        var (spec, diagnostics) = ComposeFixture.Load($"services:\n  base:\n    ports: [\"8080:80\"]\n  web:\n    {extends}\n    ports: [\"9090:90\"]\n");

        Assert.Empty(diagnostics);
        Assert.Equal(["*:8080->80/tcp@3", "*:8080->80/tcp@3", "*:9090->90/tcp@6"], ComposeFixture.Claims(spec));
        Assert.Equal(["*:8080->80/tcp@3", "*:9090->90/tcp@6"], spec!.Containers.Single(c => c.Name.Value == "web").Ports.Select(ComposeFixture.Claim));
    }

    [Fact]
    public void A_service_extending_one_of_another_file_takes_its_ports_where_that_file_writes_them()
    {
        var (spec, diagnostics) = ComposeFixture.LoadWithOtherFiles(
            "services:\n  web:\n    extends:\n      file: common.yml\n      service: proxy\n",
            new Dictionary<string, string> { [Common] = CommonText });

        Assert.Empty(diagnostics);
        Assert.Equal(["*:8080->80/tcp@4", "*:8443->443/tcp@9"], ComposeFixture.Claims(spec));
        Assert.All(spec!.Ports, p => Assert.Equal(Common, p.HostPort.Location.File));
        Assert.Contains(Common, spec.SourceFiles);
    }

    [Fact]
    public void Entries_equal_to_the_base_ones_replace_them_and_tagged_ports_replace_the_list()
    {
        var (spec, _) = ComposeFixture.Load("services:\n  base:\n    ports: [\"8080:80\", \"53:53/udp\"]\n  a:\n    extends: base\n    ports: [\"8080:80\"]\n  b:\n    extends: base\n    ports: !override [\"7070:70\"]\n");

        Assert.Equal(["*:8080->80/tcp@6", "*:53->53/udp@3"], spec!.Containers[1].Ports.Select(ComposeFixture.Claim));
        Assert.Equal(["*:7070->70/tcp@9"], spec.Containers[2].Ports.Select(ComposeFixture.Claim));
    }

    [Fact]
    public void The_host_network_is_inherited_and_noted_where_the_base_sets_it()
    {
        var (_, diagnostics) = ComposeFixture.LoadWithOtherFiles(
            "services:\n  vpn:\n    extends: { file: common.yml, service: tunnel }\n",
            new Dictionary<string, string> { [Common] = CommonText });

        var note = Assert.Single(diagnostics);
        Assert.Equal(("PM2011", Common, 6), (note.Code, note.Location.File, note.Location.Line));
    }

    [Theory]
    [InlineData("services:\n  web:\n    extends: nope\n", "PM1014@3:14")]
    [InlineData("services:\n  a:\n    extends: b\n  b:\n    extends: a\n", "PM1014@3:14")]
    [InlineData("services:\n  a:\n    extends: a\n", "PM1014@3:14")]
    [InlineData("services:\n  web:\n    extends: [base]\n", "PM1014@3:14")]
    [InlineData("services:\n  web:\n    extends: { file: common.yml }\n", "PM1014@3:14")]
    [InlineData("services:\n  web:\n    extends: { service: base, file: 1 }\n", "PM1014@3:37")]
    [InlineData("services:\n  web:\n    extends: { service: base, file: missing.yml }\n", "PM1008@3:37")]
    [InlineData("services:\n  web:\n    extends: { service: nope, file: common.yml }\n", "PM1014@3:25")]
    public void An_extends_Compose_refuses_is_one_error_where_it_is_written(string yaml, string expected)
    {
        var (_, diagnostics) = ComposeFixture.LoadWithOtherFiles(yaml, new Dictionary<string, string> { [Common] = CommonText });

        Assert.Equal(expected, ComposeFixture.Brief(Assert.Single(diagnostics)));
    }

    [Fact]
    public void A_long_chain_written_in_order_is_resolved_once_per_service()
    {
        var services = string.Concat(Enumerable.Range(1, 20_000).Select(i => $"  s{i}:\n    extends: s{i - 1}\n"));

        var (spec, diagnostics) = ComposeFixture.Load("services:\n  s0:\n    ports: [\"1:1\"]\n" + services);

        Assert.Empty(diagnostics);
        Assert.All(spec!.Containers, c => Assert.Equal(["*:1->1/tcp@3"], c.Ports.Select(ComposeFixture.Claim)));
    }

    [Fact]
    public void A_chain_longer_than_any_real_one_is_refused_without_exhausting_the_stack()
    {
        var services = string.Concat(Enumerable.Range(0, 20_000).Select(i => $"  s{i}:\n    extends: s{i + 1}\n"));

        var (_, diagnostics) = ComposeFixture.Load("services:\n" + services + "  s20000:\n    ports: [\"1:1\"]\n");

        Assert.NotEmpty(diagnostics);
        Assert.All(diagnostics, d => Assert.Equal("PM1014", d.Code));
        Assert.Contains("is more than 32 long", diagnostics[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_names_the_extended_file_in_a_collision_and_reads_it_as_an_input()
    {
        using var temp = new TempSpec();
        var common = temp.Write("shop/common.yml", "services:\n  webapp:\n    ports:\n      - \"24511:80\"\n");
        temp.Write("shop/compose.yml", "services:\n  web:\n    extends: { file: common.yml, service: webapp }\n");
        var ours = temp.Write("o/ports.toml", "includes = [\"../shop/compose.yml\"]\n[project]\nname = \"o\"\n[containers.a]\nimage = \"a\"\n[containers.a.ports.http]\nhost_port = 24511\n");

        var result = SpecCheck.Run(ours);

        var collision = Assert.Single(result.Diagnostics);
        Assert.Contains("service 'web' (ports entry \"24511:80\")", collision.Message, StringComparison.Ordinal);
        var related = Assert.Single(collision.Related);
        Assert.Equal((common, 4), (related.Location.File, related.Location.Line));
        Assert.Contains(common, result.Specs!.Included.Single().SourceFiles);
    }
}
