using PhantomMesh.BuildPorts.Generation;
using PhantomMesh.BuildPorts.Queries;
using PhantomMesh.BuildPorts.Spec;
using PhantomMesh.BuildPorts.Tests.Support;
using PhantomMesh.BuildPorts.Validation;

namespace PhantomMesh.BuildPorts.Tests.Compose;

/// <summary><c>check</c> of a spec that includes a neighbouring project's Compose files.</summary>
public sealed class ComposeIncludeTests
{
    private const string Neighbour = """
        services:
          invoices:
            image: ghcr.io/example/invoices:2.4
            ports:
              - "24511:8080"
          metrics:
            ports:
              - "127.0.0.1:24560:9100"
        """;

    private static string Ours(string includes, string portExtra = "") => $"""
        includes = {includes}

        [project]
        name = "PhantomMesh"

        [containers.phantom-node]
        dockerfile = "Dockerfile.node"

        [containers.phantom-node.ports.api]
        host_port = 24511
        container_port = 8080
        {portExtra}
        """;

    [Fact]
    public void A_host_port_a_neighbours_Compose_file_publishes_is_PM1201_at_our_port_naming_their_file_line_service_and_mapping()
    {
        using var temp = new TempSpec();
        var compose = temp.Write("billing/docker-compose.yml", Neighbour);
        var ours = temp.Write("phantom/ports.toml", Ours("[\"../billing/docker-compose.yml\"]"));

        var result = SpecCheck.Run(ours);

        var collision = Assert.Single(result.Diagnostics);
        Assert.Equal(("PM1201", ours, 10, 13), (collision.Code, collision.Location.File, collision.Location.Line, collision.Location.Column));
        Assert.Equal(
            $"Host port 24511/tcp of 'phantom-node.api' is already used by service 'invoices' (ports entry \"24511:8080\"), on 127.0.0.1 and all addresses, which overlap; move one of them to a free port.",
            collision.Message);
        var related = Assert.Single(collision.Related);
        Assert.Equal((compose, 5, 9), (related.Location.File, related.Location.Line, related.Location.Column));
        Assert.True(result.HasErrors);
    }

    [Theory]
    [InlineData("host_ip = \"10.0.0.5\"", "127.0.0.1:24511:8080", false)]
    [InlineData("protocol = \"udp\"", "24511:8080", false)]
    [InlineData("", "24511:8080/udp", false)]
    [InlineData("", "127.0.0.1:24511:8080", true)]
    [InlineData("host_ip = \"127.0.0.1\"", "127.0.0.2:24511:8080", false)]
    [InlineData("host_ip = \"127.0.0.1\"", "127.0.0.1:24511:8080", true)]
    [InlineData("host_ip = \"::1\"", "[::1]:24511:8080", true)]
    [InlineData("host_ip = \"::1\"", "[::]:24511:8080", true)]
    [InlineData("host_ip = \"10.0.0.5\"", "0.0.0.0:24511:8080", true)]
    [InlineData("", "24500-24520:8080", true)]
    [InlineData("", "24512:8080", false)]
    [InlineData("", "24511", false)]
    public void Address_and_protocol_decide_whether_a_Compose_port_collides(string ourExtra, string theirs, bool collides)
    {
        using var temp = new TempSpec();
        temp.Write("billing/compose.yaml", $"services:\n  invoices:\n    ports: [\"{theirs}\"]\n");
        var ours = temp.Write("phantom/ports.toml", Ours("[\"../billing/compose.yaml\"]", ourExtra));

        var result = SpecCheck.Run(ours);

        Assert.Equal(collides, result.Diagnostics.Any(d => d.Code == "PM1201"));
        Assert.DoesNotContain(result.Diagnostics, d => d.Code != "PM1201");
    }

    [Fact]
    public void A_Compose_set_merges_its_files_and_names_the_file_that_publishes_the_port()
    {
        using var temp = new TempSpec();
        temp.Write("billing/compose.yml", "services:\n  invoices:\n    ports: [\"24600:8080\"]\n");
        var prod = temp.Write("billing/compose.prod.yml", "services:\n  invoices:\n    ports:\n      - \"24511:8080\"\n");
        var ours = temp.Write("phantom/ports.toml", Ours("[{ compose = [\"../billing/compose.yml\", \"../billing/compose.prod.yml\"] }]"));

        var result = SpecCheck.Run(ours);

        var collision = Assert.Single(result.Diagnostics);
        var related = Assert.Single(collision.Related);
        Assert.Equal((prod, 4), (related.Location.File, related.Location.Line));
        Assert.Equal(2, result.Specs!.Included.Single().Ports.Count());
    }

    [Fact]
    public void A_Compose_file_is_recognised_by_its_content_whatever_its_name()
    {
        using var temp = new TempSpec();
        temp.Write("billing/stack", Neighbour);
        temp.Write("other/ports.conf", "[project]\nname = \"other\"\n");
        var ours = temp.Write("phantom/ports.toml", Ours("[\"../billing/stack\", \"../other/ports.conf\"]"));

        var result = SpecCheck.Run(ours);

        Assert.Equal("PM1201", Assert.Single(result.Diagnostics).Code);
        Assert.Equal([SpecFormat.Compose, SpecFormat.PortsToml], result.Specs!.Included.Select(s => s.Format));
    }

    [Fact]
    public void A_yml_file_without_services_is_PM1014_in_that_file()
    {
        using var temp = new TempSpec();
        var file = temp.Write("billing/config.yml", "version: \"3\"\nvolumes: {}\n");
        var ours = temp.Write("phantom/ports.toml", Ours("[\"../billing/config.yml\"]"));

        var error = Assert.Single(SpecCheck.Run(ours).Diagnostics);

        Assert.Equal(("PM1014", file, 1), (error.Code, error.Location.File, error.Location.Line));
        Assert.Contains("has no top-level services mapping", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_malformed_Compose_file_is_reported_in_that_file_and_stops_the_rules()
    {
        using var temp = new TempSpec();
        var file = temp.Write("billing/compose.yml", "services:\n  invoices:\n    ports: [\"24511:99999\"]\n");
        var ours = temp.Write("phantom/ports.toml", Ours("[\"../billing/compose.yml\"]"));

        var result = SpecCheck.Run(ours);

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(("PM1106", file, 3, 13), (error.Code, error.Location.File, error.Location.Line, error.Location.Column));
    }

    [Theory]
    [InlineData("[\"../billing/compose.yml\"]", "Compose file")]
    [InlineData("[{ compose = [\"../billing/compose.yml\"] }]", "Compose file")]
    [InlineData("[{ compose = \"../billing/compose.yml\" }]", "Compose file")]
    public void A_Compose_file_that_does_not_exist_is_PM1008_at_the_include(string includes, string kind)
    {
        using var temp = new TempSpec();
        var ours = temp.Write("phantom/ports.toml", Ours(includes));

        var error = Assert.Single(SpecCheck.Run(ours).Diagnostics);

        Assert.Equal(("PM1008", ours, 1), (error.Code, error.Location.File, error.Location.Line));
        Assert.StartsWith($"{kind} '{Path.Combine(temp.Folder, "billing", "compose.yml")}' does not exist.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_env_file_beside_the_Compose_file_sets_its_variables()
    {
        using var temp = new TempSpec();
        temp.Write("billing/compose.yml", "services:\n  invoices:\n    ports: [\"${INVOICES_PORT}:8080\"]\n");
        temp.Write("billing/.env", "INVOICES_PORT=24511\n");
        var ours = temp.Write("phantom/ports.toml", Ours("[\"../billing/compose.yml\"]"));

        Assert.Equal("PM1201", Assert.Single(SpecCheck.Run(ours).Diagnostics).Code);
    }

    [Fact]
    public void The_environment_sets_variables_and_wins_over_the_env_file()
    {
        var name = "PM_TEST_PORT_" + Guid.NewGuid().ToString("N");
        using var temp = new TempSpec();
        temp.Write("billing/compose.yml", $"services:\n  invoices:\n    ports: [\"${{{name}}}:8080\"]\n");
        temp.Write("billing/.env", $"{name}=24600\n");
        var ours = temp.Write("phantom/ports.toml", Ours("[\"../billing/compose.yml\"]"));
        Environment.SetEnvironmentVariable(name, "24511");
        try
        {
            Assert.Equal("PM1201", Assert.Single(SpecCheck.Run(ours).Diagnostics).Code);
        }
        finally
        {
            Environment.SetEnvironmentVariable(name, null);
        }
    }

    [Fact]
    public void A_set_may_name_its_env_files_and_a_later_one_wins()
    {
        using var temp = new TempSpec();
        temp.Write("billing/compose.yml", "services:\n  invoices:\n    ports: [\"${INVOICES_PORT}:8080\"]\n");
        temp.Write("billing/.env", "INVOICES_PORT=24600\n");
        temp.Write("billing/prod.env", "INVOICES_PORT=24601\n");
        temp.Write("billing/host.env", "INVOICES_PORT=24511\n");
        var ours = temp.Write("phantom/ports.toml", Ours("[{ compose = [\"../billing/compose.yml\"], env_file = [\"../billing/prod.env\", \"../billing/host.env\"] }]"));

        var result = SpecCheck.Run(ours);

        Assert.Equal("PM1201", Assert.Single(result.Diagnostics).Code);
        Assert.Equal(
            [Path.Combine(temp.Folder, "billing", "compose.yml"), Path.Combine(temp.Folder, "billing", "prod.env"), Path.Combine(temp.Folder, "billing", "host.env")],
            result.Specs!.Included.Single().SourceFiles);
    }

    [Fact]
    public void A_named_env_file_that_does_not_exist_is_PM1008()
    {
        using var temp = new TempSpec();
        temp.Write("billing/compose.yml", Neighbour);
        var ours = temp.Write("phantom/ports.toml", Ours("[{ compose = [\"../billing/compose.yml\"], env_file = \"../billing/prod.env\" }]"));

        var error = Assert.Single(SpecCheck.Run(ours).Diagnostics);

        Assert.Equal(("PM1008", 1, 64), (error.Code, error.Location.Line, error.Location.Column));
        Assert.StartsWith("Env file ", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("[{ compose = [\"a.yml\"], profile = \"x\" }]", "PM1003", 36)]
    [InlineData("[{ env_file = \".env\" }]", "PM1004", 13)]
    [InlineData("[{ compose = [] }]", "PM1009", 25)]
    [InlineData("[{ compose = 1 }]", "PM1002", 25)]
    [InlineData("[{ compose = [\"\"] }]", "PM1009", 26)]
    [InlineData("[1]", "PM1002", 13)]
    public void A_malformed_includes_entry_is_a_spec_error_at_its_place(string includes, string code, int column)
    {
        using var temp = new TempSpec();
        var ours = temp.Write("phantom/ports.toml", Ours(includes));

        var error = Assert.Single(SpecCheck.Run(ours).Diagnostics, d => d.Code == code);

        Assert.Equal((1, column), (error.Location.Line, error.Location.Column));
    }

    [Fact]
    public void A_Compose_file_included_twice_and_through_another_spec_is_read_once()
    {
        using var temp = new TempSpec();
        temp.Write("billing/compose.yml", Neighbour);
        temp.Write("other/ports.toml", "includes = [\"../billing/compose.yml\"]\n[project]\nname = \"other\"\n");
        var ours = temp.Write("phantom/ports.toml", Ours("[\"../billing/compose.yml\", { compose = \"../billing/compose.yml\" }, \"../other/ports.toml\"]"));

        var result = SpecCheck.Run(ours);

        Assert.Equal(2, result.Specs!.Included.Count);
        Assert.Equal("PM1201", Assert.Single(result.Diagnostics).Code);
    }

    [Fact]
    public void Warnings_of_a_neighbours_Compose_file_stay_warnings_and_do_not_stop_the_check()
    {
        using var temp = new TempSpec();
        temp.Write("billing/compose.yml", "services:\n  vpn:\n    network_mode: host\n  web:\n    ports: [\"${UNSET_PORT:-24600}:80\", \"127.0.0.1:${NOT_SET_ANYWHERE}:81\"]\n");
        var ours = temp.Write("phantom/ports.toml", Ours("[\"../billing/compose.yml\"]"));

        var result = SpecCheck.Run(ours, new ValidationOptions { WarningsAsErrors = true });

        Assert.Equal(["PM2010", "PM2011"], result.Diagnostics.Select(d => d.Code));
        Assert.False(result.HasErrors);
    }

    [Fact]
    public void The_next_free_port_skips_the_ports_a_Compose_neighbour_publishes()
    {
        using var temp = new TempSpec();
        temp.Write("billing/compose.yml", "services:\n  web:\n    ports: [\"24512-24513:80\", \"24515:80/udp\"]\n");
        var ours = temp.Write("phantom/ports.toml", Ours("[\"../billing/compose.yml\"]"));

        var free = FreePortFinder.Find(SpecCheck.Run(ours).Specs!, new PortRange(24510, 24599), 3);

        Assert.Equal([24510, 24514, 24516], free);
    }

    [Fact]
    public void Every_file_read_is_an_input_of_the_run()
    {
        using var temp = new TempSpec();
        var compose = temp.Write("billing/compose.yml", Neighbour.Replace("24511", "24600", StringComparison.Ordinal));
        var env = temp.Write("billing/.env", "A=1\n");
        var ours = temp.Write("phantom/ports.toml", Ours("[\"../billing/compose.yml\"]"));

        var result = Generator.Run(new GenerationOptions { SpecPath = ours, ValidateOnly = true });

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Equal([ours, compose, env], result.InputFiles);
    }
}
