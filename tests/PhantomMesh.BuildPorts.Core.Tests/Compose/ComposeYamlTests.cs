using PhantomMesh.BuildPorts.Loading.Compose;

namespace PhantomMesh.BuildPorts.Tests.Compose;

/// <summary>YAML as Compose reads it: anchors, aliases, merge keys, extension fields; and YAML it refuses.</summary>
public sealed class ComposeYamlTests
{
    [Fact]
    public void Anchors_aliases_merge_keys_and_extension_fields_read_as_Compose_reads_them()
    {
        var (spec, diagnostics) = ComposeFixture.Load("""
            x-ports: &web-ports
              - "8080:80"
            x-service: &service
              image: nginx
              ports: *web-ports
            x-udp: &udp
              ports: ["53:53/udp"]
            services:
              web:
                <<: *service
              dns:
                <<: [*udp, *service]
              own:
                <<: *service
                ports: ["9090:90"]
              x-not-a-service: {}
            """);

        Assert.Empty(diagnostics);
        Assert.Equal(["web", "dns", "own", "x-not-a-service"], spec!.Containers.Select(c => c.Name.Value));
        Assert.Equal(["*:8080->80/tcp@2"], spec.Containers[0].Ports.Select(ComposeFixture.Claim));
        Assert.Equal(["*:53->53/udp@7"], spec.Containers[1].Ports.Select(ComposeFixture.Claim));
        Assert.Equal(["*:9090->90/tcp@15"], spec.Containers[2].Ports.Select(ComposeFixture.Claim));
    }

    [Fact]
    public void An_anchored_long_form_entry_with_a_merge_key_is_read()
    {
        var (spec, diagnostics) = ComposeFixture.Load("""
            x-port: &port
              target: 80
              protocol: udp
            services:
              web:
                ports:
                  - <<: *port
                    published: 8080
            """);

        Assert.Empty(diagnostics);
        Assert.Equal(["*:8080->80/udp@8"], ComposeFixture.Claims(spec));
    }

    [Fact]
    public void A_quoted_merge_key_is_an_ordinary_key()
    {
        var (_, diagnostics) = ComposeFixture.Load("services:\n  web:\n    ports:\n      - \"<<\": {target: 1}\n        target: 80\n");

        Assert.Equal("PM1014@4:9", ComposeFixture.Brief(Assert.Single(diagnostics)));
    }

    [Fact]
    public void A_mapping_that_merges_itself_does_not_loop()
    {
        var (spec, diagnostics) = ComposeFixture.Load("services:\n  web: &w\n    ports: [\"1:1\"]\n    <<: *w\n");

        Assert.True(spec is not null || diagnostics.Count > 0);
    }

    [Fact]
    public void Unquoted_colons_are_text_as_in_YAML_1_2_not_base_60_numbers()
    {
        var (spec, _) = ComposeFixture.Load(ComposeFixture.WithPorts("- 22:22\n- 59:59/udp"));

        Assert.Equal(["*:22->22/tcp@4", "*:59->59/udp@5"], ComposeFixture.Claims(spec));
    }

    [Theory]
    [InlineData("services:\n  web:\n   ports: [\n", "PM1013@4:1")]
    [InlineData("services:\n\tweb: {}\n", "PM1013@2:1")]
    [InlineData("services:\n  web: {}\n  web: {}\n", "PM1013@3:3")]
    [InlineData("services:\n  web:\n    ports: *missing\n", "PM1013@3:12")]
    [InlineData("services: {web: {ports: [\"1:1\"]}\n", "PM1013@2:1")]
    [InlineData("services:\n  web:\n    ports:\n      - \"8080:80\n", "PM1013@4:9")]
    public void Malformed_YAML_is_one_error_at_its_position(string yaml, string expected)
    {
        var (spec, diagnostics) = ComposeFixture.Load(yaml);

        var error = Assert.Single(diagnostics);
        Assert.Equal(expected, ComposeFixture.Brief(error));
        Assert.StartsWith("The Compose file is not valid YAML: ", error.Message, StringComparison.Ordinal);
        Assert.Null(spec);
    }

    [Theory]
    [InlineData("[", 70)]
    [InlineData("- ", 70)]
    [InlineData("a: {", 70)]
    public void Nesting_past_the_limit_is_an_input_limit_error_not_a_crash(string opener, int depth)
    {
        var yaml = string.Concat(Enumerable.Repeat(opener, depth * 1000));

        var (spec, diagnostics) = ComposeFixture.Load(yaml);

        Assert.Equal("PM1007", Assert.Single(diagnostics).Code);
        Assert.Null(spec);
    }

    [Fact]
    public void Huge_ranges_are_bounded()
    {
        var entries = string.Join("\n", Enumerable.Range(1, 5).Select(i => $"- \"10.0.0.{i}:1-65535:1-65535\""));

        var (_, diagnostics) = ComposeFixture.Load(ComposeFixture.WithPorts(entries));

        var error = Assert.Single(diagnostics);
        Assert.Equal("PM1007@7:9", ComposeFixture.Brief(error));
        Assert.Contains($"more than {ComposeSpecBuilder.MaxHostPorts} host ports", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_host_network_service_is_a_note_naming_it_and_its_ports_count_at_their_container_ports()
    {
        var (spec, diagnostics) = ComposeFixture.Load("services:\n  vpn:\n    network_mode: host\n    ports:\n      - \"127.0.0.1:9000:51820/udp\"\n");

        var note = Assert.Single(diagnostics);
        Assert.Equal("PM2011@3:19", ComposeFixture.Brief(note));
        Assert.False(note.IsError);
        Assert.Contains("Service 'vpn' uses network_mode: host", note.Message, StringComparison.Ordinal);
        Assert.Equal(["*:51820->51820/udp@5"], ComposeFixture.Claims(spec));
    }

    [Theory]
    [InlineData("network_mode: bridge")]
    [InlineData("network_mode: \"service:db\"")]
    [InlineData("network_mode: none")]
    public void Other_network_modes_are_no_note(string line)
    {
        var (_, diagnostics) = ComposeFixture.Load($"services:\n  web:\n    {line}\n");

        Assert.Empty(diagnostics);
    }

    [Fact]
    public void Control_characters_in_names_and_entries_do_not_reach_a_message_unescaped()
    {
        var (_, diagnostics) = ComposeFixture.Load("services:\n  \"w\\neb\":\n    ports: [\"80\\n80:80\"]\n");

        var error = Assert.Single(diagnostics);
        Assert.DoesNotContain('\n', error.Message);
        Assert.Contains("w?eb", error.Message, StringComparison.Ordinal);
    }
}
