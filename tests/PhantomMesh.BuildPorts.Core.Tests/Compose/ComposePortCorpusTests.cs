namespace PhantomMesh.BuildPorts.Tests.Compose;

/// <summary>
/// Every port form the Compose specification allows, each with the host ports it must take
/// (<c>address:host-&gt;container/protocol@line</c>, <c>*</c> for every address), and the forms Compose
/// rejects, each with the diagnostic it must give. The entries sit under <c>services.web.ports</c>,
/// the first on line 4, its value in column 9.
/// </summary>
public sealed class ComposePortCorpusTests
{
    public static TheoryData<string, string[]> Claims() => new()
    {
        // Short syntax
        { "- \"8080:80\"", ["*:8080->80/tcp@4"] },
        { "- 8080:80", ["*:8080->80/tcp@4"] },
        { "- '8080:80'", ["*:8080->80/tcp@4"] },
        { "- \"80\"", [] },
        { "- 80", [] },
        { "- \"127.0.0.1:8080:80\"", ["127.0.0.1:8080->80/tcp@4"] },
        { "- \"0.0.0.0:8080:80\"", ["0.0.0.0:8080->80/tcp@4"] },
        { "- \"1.2.3.4:80:80\"", ["1.2.3.4:80->80/tcp@4"] },
        { "- \"[::1]:8080:80\"", ["::1:8080->80/tcp@4"] },
        { "- \"::1:8080:80\"", ["::1:8080->80/tcp@4"] },
        { "- \"[::]:3000:3000\"", [":::3000->3000/tcp@4"] },
        { "- \"[fe80::1]:8080:80/udp\"", ["fe80::1:8080->80/udp@4"] },
        { "- \"53:53/udp\"", ["*:53->53/udp@4"] },
        { "- \"5000:5000/sctp\"", ["*:5000->5000/sctp@4"] },
        { "- \"8080:80/tcp\"", ["*:8080->80/tcp@4"] },
        { "- \"8080:80/UDP\"", ["*:8080->80/udp@4"] },
        { "- \"127.0.0.1:8080:80/udp\"", ["127.0.0.1:8080->80/udp@4"] },
        { "- \"08080:80\"", ["*:8080->80/tcp@4"] },
        { "- \"9000-9002:9000-9002\"", ["*:9000->9000/tcp@4", "*:9001->9001/tcp@4", "*:9002->9002/tcp@4"] },
        { "- \"9000-9002:80\"", ["*:9000->80/tcp@4", "*:9001->80/tcp@4", "*:9002->80/tcp@4"] },
        { "- \"9000-9000:80\"", ["*:9000->80/tcp@4"] },
        { "- \"127.0.0.1:9000-9001:9000-9001/udp\"", ["127.0.0.1:9000->9000/udp@4", "127.0.0.1:9001->9001/udp@4"] },
        { "- \"9000-9002\"", [] },
        { "- \"127.0.0.1::80\"", [] },
        { "- \"0:80\"", [] },
        { "- \"8080:80\"\n- \"8443:443\"", ["*:8080->80/tcp@4", "*:8443->443/tcp@5"] },
        { "- \"8080:80\"\n- \"8080:80\"", ["*:8080->80/tcp@5"] },
        { "- \"8080:80\"\n- \"8080:80/udp\"", ["*:8080->80/tcp@4", "*:8080->80/udp@5"] },

        // Substituted from defaults (no variable is set here)
        { "- \"${WEB_PORT:-8080}:80\"", ["*:8080->80/tcp@4"] },
        { "- \"${SQL_PORT:-127.0.0.1:13306}:3306\"", ["127.0.0.1:13306->3306/tcp@4"] },
        { "- \"[::]:${APP_PORT:-3000}:3000\"", [":::3000->3000/tcp@4"] },
        { "- \"${RANGE-9000-9001}:${RANGE-9000-9001}\"", ["*:9000->9000/tcp@4", "*:9001->9001/tcp@4"] },

        // Long syntax
        { "- target: 80\n  published: 8080", ["*:8080->80/tcp@5"] },
        { "- target: \"80\"\n  published: \"8080\"", ["*:8080->80/tcp@5"] },
        { "- name: web\n  target: 80\n  published: \"8080\"\n  host_ip: 127.0.0.1\n  protocol: udp\n  mode: host", ["127.0.0.1:8080->80/udp@6"] },
        { "- target: 80\n  published: \"9000-9001\"", ["*:9000->80/tcp@5", "*:9001->80/tcp@5"] },
        { "- target: 80\n  published: 8080\n  host_ip: \"::1\"", ["::1:8080->80/tcp@5"] },
        { "- target: 80\n  published: 8080\n  mode: ingress\n  app_protocol: http\n  x-note: anything", ["*:8080->80/tcp@5"] },
        { "- target: 80\n  published: ${WEB_PORT:-8081}", ["*:8081->80/tcp@5"] },
        { "- target: 80", [] },
        { "- target: 80\n  published: \"\"", [] },
        { "- { target: 80, published: 8080, protocol: sctp }", ["*:8080->80/sctp@4"] },
        { "- target: 80\n  published: 0x1F90", ["*:8080->80/tcp@5"] },
    };

    public static TheoryData<string, string> Rejections() => new()
    {
        { "- \"99999:80\"", "PM1106@4:9" },
        { "- \"8080:99999\"", "PM1106@4:9" },
        { "- \"8080:0\"", "PM1106@4:9" },
        { "- \"abc:80\"", "PM1106@4:9" },
        { "- \"localhost:8080:80\"", "PM1106@4:9" },
        { "- \"[::1:8080:80\"", "PM1106@4:9" },
        { "- \"8080:80/icmp\"", "PM1106@4:9" },
        { "- \"80/udp/tcp\"", "PM1106@4:9" },
        { "- \"9000-9002:80-81\"", "PM1106@4:9" },
        { "- \"9002-9000:80\"", "PM1106@4:9" },
        { "- \"1-2-3:80\"", "PM1106@4:9" },
        { "- \":8000\"", "PM1106@4:9" },
        { "- \"8080:\"", "PM1106@4:9" },
        { "- \"\"", "PM1106@4:9" },
        { "- \"8080:80 \"", "PM1106@4:9" },
        { "- \"+8080:80\"", "PM1106@4:9" },
        { "- true", "PM1014@4:9" },
        { "- 8080.5", "PM1014@4:9" },
        { "- ~", "PM1014@4:9" },
        { "- [8080, 80]", "PM1014@4:9" },
        { "- published: 8080", "PM1106@4:9" },
        { "- target: 80\n  publish: 8080", "PM1014@5:9" },
        { "- target: abc\n  published: 8080", "PM1106@4:17" },
        { "- target: 80\n  published: \"80-\"", "PM1106@5:20" },
        { "- target: 80\n  published: 8080\n  host_ip: localhost", "PM1106@6:18" },
        { "- target: 80\n  published: 8080\n  protocol: icmp", "PM1106@6:19" },
        { "- target: [80]\n  published: 8080", "PM1014@4:17" },
        { "- \"${UNCLOSED:-80\"", "PM1015@4:10" },
        { "- \"${REQUIRED:?set REQUIRED first}:80\"", "PM1015@4:10" },
        { "- \"${REQUIRED?}:80\"", "PM1015@4:10" },
        { "- \"8080:$5\"", "PM1015@4:15" },
        { "- \"${1X}:80\"", "PM1015@4:10" },
        { "- \"${X:80}:80\"", "PM1015@4:10" },
    };

    [Fact]
    public void The_corpus_holds_at_least_thirty_forms_that_publish_and_thirty_that_are_refused()
    {
        Assert.True(Claims().Count >= 30, $"{Claims().Count} accepted forms");
        Assert.True(Rejections().Count >= 30, $"{Rejections().Count} refused forms");
    }

    [Theory]
    [MemberData(nameof(Claims))]
    public void Port_form_takes_exactly_these_host_ports(string entries, string[] expected)
    {
        var (spec, diagnostics) = ComposeFixture.Load(ComposeFixture.WithPorts(entries));

        Assert.True(diagnostics.Count == 0, string.Join("\n", diagnostics));
        Assert.Equal(expected, ComposeFixture.Claims(spec));
    }

    [Theory]
    [MemberData(nameof(Rejections))]
    public void Refused_form_is_one_error_at_the_entry_and_takes_no_port(string entries, string expected)
    {
        var (spec, diagnostics) = ComposeFixture.Load(ComposeFixture.WithPorts(entries));

        var error = Assert.Single(diagnostics);
        Assert.Equal(expected, ComposeFixture.Brief(error));
        Assert.True(error.IsError);
        Assert.Equal(ComposeFixture.File, error.Location.File);
        Assert.Null(spec);
    }

    [Fact]
    public void A_flow_list_of_ports_takes_each_port_at_its_line()
    {
        var (spec, diagnostics) = ComposeFixture.Load("services:\n  web:\n    ports: [\"8080:80\", 9090, \"53:53/udp\"]\n");

        Assert.Empty(diagnostics);
        Assert.Equal(["*:8080->80/tcp@3", "*:53->53/udp@3"], ComposeFixture.Claims(spec));
    }

    [Theory]
    [InlineData("services:\n  web:\n    ports: \"8080:80\"\n", "PM1014@3:12")]
    [InlineData("services:\n  web:\n    ports: {a: 1}\n", "PM1014@3:12")]
    [InlineData("services:\n  web: [1]\n", "PM1014@2:8")]
    [InlineData("services: [web]\n", "PM1014@1:11")]
    [InlineData("- services\n", "PM1014@1:1")]
    [InlineData("services:\n  web:\n    network_mode: [host]\n", "PM1014@3:19")]
    public void A_value_of_the_wrong_type_is_one_error_where_it_is_written(string yaml, string expected)
    {
        var (spec, diagnostics) = ComposeFixture.Load(yaml);

        Assert.Equal(expected, ComposeFixture.Brief(Assert.Single(diagnostics)));
        Assert.Null(spec);
    }

    [Fact]
    public void Empty_ports_services_and_service_bodies_take_nothing()
    {
        var (spec, diagnostics) = ComposeFixture.Load("services:\n  a:\n  b:\n    ports:\n  c:\n    image: nginx\n");

        Assert.Empty(diagnostics);
        Assert.Equal(["a", "b", "c"], spec!.Containers.Select(c => c.Name.Value));
        Assert.Empty(spec.Ports);
    }
}
