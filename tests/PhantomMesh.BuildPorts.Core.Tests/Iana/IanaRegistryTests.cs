using PhantomMesh.BuildPorts.Iana;

namespace PhantomMesh.BuildPorts.Tests.Iana;

public sealed class IanaRegistryTests
{
    private static readonly IanaRegistry Registry = IanaRegistry.Default;

    private static string[] NamesAt(int port, string protocol) =>
        Registry.Lookup(port, protocol).Select(e => e.ServiceName).ToArray();

    [Theory]
    [InlineData("tcp")]
    [InlineData("udp")]
    public void Binkp_is_registered_on_24554(string protocol)
    {
        var entry = Assert.Single(Registry.Lookup(24554, protocol));
        Assert.Equal("binkp", entry.ServiceName);
        Assert.Equal(protocol, entry.Protocol);
        Assert.Equal((24554, 24554), (entry.FirstPort, entry.LastPort));
    }

    [Fact]
    public void Port_24577_has_different_names_per_protocol()
    {
        Assert.Equal(["bilobit"], NamesAt(24577, "tcp"));
        Assert.Equal(["bilobit-update"], NamesAt(24577, "udp"));
    }

    [Theory]
    [InlineData(24510)]
    [InlineData(24511)]
    public void Ports_24510_and_24511_are_free_on_tcp(int port)
    {
        Assert.False(Registry.IsRegistered(port, "tcp"));
        Assert.Empty(Registry.Lookup(port, "tcp"));
    }

    [Theory]
    [InlineData(6000)]
    [InlineData(6010)]
    [InlineData(6063)]
    public void X11_range_covers_every_port_inside_it(int port)
    {
        var entry = Assert.Single(Registry.Lookup(port, "tcp"), e => e.ServiceName == "x11");
        Assert.Equal((6000, 6063), (entry.FirstPort, entry.LastPort));
        Assert.True(Registry.IsRegistered(port, "udp"));
    }

    [Fact]
    public void X11_range_ends_at_6063()
    {
        Assert.DoesNotContain("x11", NamesAt(6064, "tcp"));
        Assert.DoesNotContain("x11", NamesAt(5999, "tcp"));
    }

    [Fact]
    public void Port_22_is_ssh_and_protocol_is_case_insensitive()
    {
        Assert.Equal(["ssh"], NamesAt(22, "tcp"));
        Assert.Equal(["ssh"], NamesAt(22, "TCP"));
        Assert.Equal(["ssh"], NamesAt(22, "Sctp"));
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(65536)]
    [InlineData(int.MaxValue)]
    [InlineData(int.MinValue)]
    public void Out_of_range_port_has_no_entries(int port)
    {
        Assert.Empty(Registry.Lookup(port, "tcp"));
        Assert.False(Registry.IsRegistered(port, "tcp"));
    }

    [Fact]
    public void Unknown_protocol_has_no_entries()
    {
        Assert.Empty(Registry.Lookup(22, "dccp"));
    }

    [Fact]
    public void Default_snapshot_names_its_source_and_is_not_trivially_small()
    {
        Assert.StartsWith("service-names-port-numbers ", Registry.SourceDescription, StringComparison.Ordinal);
        Assert.InRange(Registry.Count, 10_000, 20_000);
    }

    [Fact]
    public void Parse_reads_a_hand_made_snapshot()
    {
        // Escaped tabs: the empty description leaves a trailing tab that editors would strip.
        const string text =
            "# a comment\n" +
            "# source: hand-made 1.0\n" +
            "\n" +
            "80\ttcp\thttp\tWorld Wide Web HTTP\n" +
            "80\ttcp\twww\t\n" +
            "100-102\tUDP\tdemo\tDemo range\n";

        var registry = IanaRegistry.Parse(new StringReader(text));

        Assert.Equal(3, registry.Count);
        Assert.Equal("hand-made 1.0", registry.SourceDescription);
        Assert.Equal(["http", "www"], registry.Lookup(80, "tcp").Select(e => e.ServiceName));
        Assert.Equal("", registry.Lookup(80, "tcp")[1].Description);
        Assert.Empty(registry.Lookup(80, "udp"));
        Assert.Equal(new IanaServiceEntry("demo", 100, 102, "udp", "Demo range"), Assert.Single(registry.Lookup(101, "udp")));
        Assert.False(registry.IsRegistered(103, "udp"));
    }

    [Fact]
    public void Every_port_and_protocol_finds_exactly_the_snapshot_lines_that_cover_it()
    {
        // The lookup searches sorted tables; this reads the embedded text line by line, as plainly as possible.
        using var stream = typeof(IanaRegistry).Assembly.GetManifestResourceStream(IanaRegistry.ResourceName)!;
        using var reader = new StreamReader(stream);
        var rows = reader.ReadToEnd().Split('\n')
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .Select(line => line.Split('\t'))
            .Select(fields => (Ports: fields[0].Split('-').Select(int.Parse).ToArray(), Protocol: fields[1], Name: fields[2], Description: fields[3]))
            .Select(row => new IanaServiceEntry(row.Name, row.Ports[0], row.Ports[^1], row.Protocol, row.Description))
            .ToArray();
        Assert.Equal(rows.Length, Registry.Count);

        foreach (var protocol in new[] { "tcp", "udp", "sctp" })
        {
            var covering = new List<IanaServiceEntry>[65536];
            foreach (var row in rows.Where(r => r.Protocol == protocol))
            {
                for (var port = row.FirstPort; port <= row.LastPort; port++)
                {
                    (covering[port] ??= []).Add(row);
                }
            }

            for (var port = 0; port <= 65535; port++)
            {
                var expected = covering[port] ?? [];
                Assert.Equal(expected, Registry.Lookup(port, protocol));
                Assert.Equal(expected.Count > 0, Registry.IsRegistered(port, protocol));
            }
        }
    }

    [Fact]
    public void Parse_finds_entries_of_an_unsorted_snapshot_in_file_order()
    {
        // "80-80" is a range of one port, kept with the single ports; "80-82" comes after them in the file.
        const string text =
            "443\ttcp\thttps\tHTTP over TLS\n" +
            "79-81\ttcp\tblock\tA range before\n" +
            "80\ttcp\thttp\tWorld Wide Web HTTP\n" +
            "22\ttcp\tssh\tSecure Shell\n" +
            "80\ttcp\twww\tAlias\n" +
            "80-80\ttcp\tone\tA range of one port\n" +
            "80-82\ttcp\tlate\tA range after\n";

        var registry = IanaRegistry.Parse(new StringReader(text));

        Assert.Equal(["block", "http", "www", "one", "late"], registry.Lookup(80, "tcp").Select(e => e.ServiceName));
        Assert.Equal(["block", "late"], registry.Lookup(81, "tcp").Select(e => e.ServiceName));
        Assert.Equal(["late"], registry.Lookup(82, "tcp").Select(e => e.ServiceName));
        Assert.Equal(["ssh"], registry.Lookup(22, "tcp").Select(e => e.ServiceName));
        Assert.Equal(["https"], registry.Lookup(443, "tcp").Select(e => e.ServiceName));
        Assert.False(registry.IsRegistered(83, "tcp"));
        Assert.False(registry.IsRegistered(444, "tcp"));
    }

    [Fact]
    public void Parse_keeps_file_order_within_a_port_when_it_sorts_many_entries()
    {
        // Forty entries, two per port, ports falling: enough for a sort that does not keep equal items in order.
        var lines = Enumerable.Range(0, 40).Select(i => $"{1000 - (i / 2)}\tudp\tservice-{i}\tEntry {i}");

        var registry = IanaRegistry.Parse(new StringReader(string.Join('\n', lines)));

        for (var i = 0; i < 40; i += 2)
        {
            Assert.Equal([$"service-{i}", $"service-{i + 1}"], registry.Lookup(1000 - (i / 2), "udp").Select(e => e.ServiceName));
        }
    }

    [Fact]
    public void Parse_reads_names_and_descriptions_that_are_not_ascii_and_lines_ending_in_crlf()
    {
        const string text =
            "# source: hand-made 2.0\r\n" +
            "7\ttcp\técho\tÉcho, ein Dienst für 日本\r\n" +
            "9\ttcp\tdiscard\tDiscard\r\n";

        var registry = IanaRegistry.Parse(new StringReader(text));

        Assert.Equal("hand-made 2.0", registry.SourceDescription);
        Assert.Equal(new IanaServiceEntry("écho", 7, 7, "tcp", "Écho, ein Dienst für 日本"), Assert.Single(registry.Lookup(7, "tcp")));
        Assert.Equal(new IanaServiceEntry("discard", 9, 9, "tcp", "Discard"), Assert.Single(registry.Lookup(9, "tcp")));
    }

    [Theory]
    [InlineData("80\ttcp\thttp", "expected 4 tab-separated fields, found 3")]
    [InlineData("80\tquic\thttp\tx", "unknown protocol 'quic'")]
    [InlineData("70000\ttcp\thttp\tx", "bad port or port range '70000'")]
    [InlineData("90-80\ttcp\thttp\tx", "bad port or port range '90-80'")]
    [InlineData("80\ttcp\t\tx", "empty service name")]
    public void Parse_rejects_malformed_lines_with_their_number(string line, string problem)
    {
        var error = Assert.Throws<FormatException>(() => IanaRegistry.Parse(new StringReader("# header\n" + line)));
        Assert.Equal($"IANA snapshot line 2: {problem}.", error.Message);
    }

    [Fact]
    public void Lookup_results_cannot_be_modified()
    {
        var entries = Registry.Lookup(22, "tcp");
        var list = Assert.IsAssignableFrom<IList<IanaServiceEntry>>(entries);
        Assert.True(list.IsReadOnly);
    }
}
