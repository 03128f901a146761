namespace PhantomMesh.BuildPorts.Tests.Compose;

/// <summary>Several Compose files of one project (<c>-f compose.yml -f compose.1.yml</c>), merged as Compose merges them.</summary>
public sealed class ComposeMergeTests
{
    private const string Base = """
        services:
          web:
            ports:
              - "8080:80"
              - "127.0.0.1:8443:443"
          db:
            ports:
              - "5432:5432"
        """;

    [Fact]
    public void Ports_of_a_later_file_are_added_to_the_earlier_ones()
    {
        var (spec, diagnostics) = ComposeFixture.Load(Base, null, null, "services:\n  web:\n    ports:\n      - \"9090:90\"\n");

        Assert.Empty(diagnostics);
        Assert.Equal(["*:8080->80/tcp@4", "127.0.0.1:8443->443/tcp@5", "*:9090->90/tcp@4", "*:5432->5432/tcp@8"], ComposeFixture.Claims(spec));
        Assert.Equal("/srv/shop/compose.1.yml", spec!.Ports.ElementAt(2).HostPort.Location.File);
    }

    [Fact]
    public void An_override_that_changes_a_published_port_adds_a_second_binding()
    {
        var (spec, _) = ComposeFixture.Load(Base, null, null, "services:\n  web:\n    ports:\n      - \"18080:80\"\n");

        Assert.Contains("*:8080->80/tcp@4", ComposeFixture.Claims(spec));
        Assert.Contains("*:18080->80/tcp@4", ComposeFixture.Claims(spec));
    }

    [Fact]
    public void An_entry_equal_to_an_earlier_one_replaces_it_in_place()
    {
        var (spec, _) = ComposeFixture.Load(Base, null, null, "services:\n  web:\n    ports:\n      - target: 80\n        published: 8080\n");

        var claims = ComposeFixture.Claims(spec);
        Assert.Equal(["*:8080->80/tcp@5", "127.0.0.1:8443->443/tcp@5", "*:5432->5432/tcp@8"], claims);
        Assert.Equal("/srv/shop/compose.1.yml", spec!.Ports.First().HostPort.Location.File);
    }

    [Fact]
    public void Entries_that_differ_in_address_or_protocol_are_kept_apart()
    {
        var (spec, _) = ComposeFixture.Load(Base, null, null, "services:\n  web:\n    ports:\n      - \"127.0.0.1:8080:80\"\n      - \"8080:80/udp\"\n");

        Assert.Equal(5, ComposeFixture.Claims(spec).Count);
    }

    [Theory]
    [InlineData("!reset []")]
    [InlineData("!override [\"7070:70\"]")]
    public void Ports_tagged_reset_or_override_replace_the_earlier_list(string value)
    {
        var (spec, _) = ComposeFixture.Load(Base, null, null, $"services:\n  web:\n    ports: {value}\n");

        var web = spec!.Containers.Single(c => c.Name.Value == "web").Ports.Select(ComposeFixture.Claim);
        Assert.Equal(value.StartsWith("!reset", StringComparison.Ordinal) ? [] : ["*:7070->70/tcp@3"], web);
    }

    [Fact]
    public void A_service_only_in_a_later_file_is_added_and_a_later_network_mode_wins()
    {
        var (spec, diagnostics) = ComposeFixture.Load(Base, null, null, "services:\n  cache:\n    ports: [\"6379:6379\"]\n  db:\n    network_mode: host\n");

        Assert.Equal(["web", "db", "cache"], spec!.Containers.Select(c => c.Name.Value));
        Assert.Equal("PM2011", Assert.Single(diagnostics).Code);
    }

    [Fact]
    public void Three_files_merge_in_order_and_the_last_name_wins()
    {
        var (spec, _) = ComposeFixture.Load(Base, null, null, "name: one\nservices:\n  web:\n    ports: [\"1:1\"]\n", "name: two\nservices:\n  web:\n    ports: [\"2:2\"]\n");

        Assert.Equal("two", spec!.Project.Name.Value);
        Assert.Equal(["*:8080->80/tcp@4", "127.0.0.1:8443->443/tcp@5", "*:1->1/tcp@4", "*:2->2/tcp@4", "*:5432->5432/tcp@8"], ComposeFixture.Claims(spec));
    }

    [Fact]
    public void Documents_of_one_file_merge_like_files()
    {
        var (spec, _) = ComposeFixture.Load("services:\n  web:\n    ports: [\"1:1\"]\n---\nservices:\n  web:\n    ports: [\"2:2\"]\n");

        Assert.Equal(["*:1->1/tcp@3", "*:2->2/tcp@7"], ComposeFixture.Claims(spec));
    }

    [Fact]
    public void An_override_file_without_services_changes_nothing()
    {
        var (spec, diagnostics) = ComposeFixture.Load(Base, null, null, "networks:\n  default:\n    name: shop\n");

        Assert.Empty(diagnostics);
        Assert.Equal(3, ComposeFixture.Claims(spec).Count);
    }

    [Fact]
    public void The_spec_lists_every_file_it_read()
    {
        var (spec, _) = ComposeFixture.Load(Base, null, "A=1\n", "services: {}\n");

        Assert.Equal([ComposeFixture.File, "/srv/shop/compose.1.yml", ComposeFixture.EnvFile], spec!.SourceFiles);
        Assert.Equal(ComposeFixture.File, spec.File);
    }
}
