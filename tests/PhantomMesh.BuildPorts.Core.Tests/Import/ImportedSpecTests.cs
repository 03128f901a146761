using System.Diagnostics;
using PhantomMesh.BuildPorts.Diagnostics;
using PhantomMesh.BuildPorts.Loading.Toml;
using PhantomMesh.BuildPorts.Validation;

namespace PhantomMesh.BuildPorts.Tests.Import;

/// <summary>What import writes: containers, ports, health checks, variables, what it cannot carry, and the same bytes every time.</summary>
public sealed class ImportedSpecTests
{
    /// <summary>The spec an import of the project writes.</summary>
    private static string ImportText(ImportFixtures.Project project)
    {
        using var workspace = new ImportWorkspace(project);
        workspace.Import();
        return File.ReadAllText(workspace.SpecPath);
    }

    [Fact]
    public void A_published_port_becomes_a_port_with_its_host_address_ports_protocol_and_title()
    {
        var spec = ImportText(ImportFixtures.Udp);

        Assert.Contains("""
            [containers.dns.ports.udp-1053]
            host_port = 1053
            container_port = 53
            protocol = "udp"
            title = "dns 53/udp"
            exposure = "public"
            """.ReplaceLineEndings("\n"), spec, StringComparison.Ordinal);
    }

    [Fact]
    public void The_project_takes_the_compose_name_or_the_folder_and_the_one_network_every_service_joins()
    {
        var named = ImportText(new("named", [("compose.yaml", "name: edge\nservices:\n  a:\n    image: x\n    networks: [proxy]\n  b:\n    image: y\n    networks: [proxy, db]\n")]));
        var proxy = ImportText(ImportFixtures.ReverseProxy);

        Assert.StartsWith("[project]\nname = \"edge\"\n\n", named, StringComparison.Ordinal);
        Assert.StartsWith("[project]\nname = \"reverse-proxy\"\nnetwork = \"proxy\"\n\n", proxy, StringComparison.Ordinal);
    }

    [Fact]
    public void A_port_on_a_loopback_address_is_internal_on_that_address()
    {
        var spec = ImportText(ImportFixtures.Ipv6);

        Assert.Contains("host_ip = \"::1\"\nhost_port = 7000\ncontainer_port = 7000\nprotocol = \"tcp\"\ntitle = \"api 7000/tcp\"\nexposure = \"internal\"", spec, StringComparison.Ordinal);
        Assert.Contains("host_ip = \"::\"\nhost_port = 7001\ncontainer_port = 7001\nprotocol = \"tcp\"\ntitle = \"api 7001/tcp\"\nexposure = \"public\"", spec, StringComparison.Ordinal);
    }

    [Fact]
    public void Each_container_names_the_file_and_line_it_came_from_and_its_image_or_dockerfile()
    {
        var spec = ImportText(ImportFixtures.Merged);

        Assert.Contains("# docker-compose.yml:6, service 'api'\n[containers.api]\ndockerfile = \"api/Dockerfile\"\n", spec, StringComparison.Ordinal);
        Assert.Contains("# docker-compose.yml:2, service 'web'\n[containers.web]\nimage = \"nginx:1.27\"\n", spec, StringComparison.Ordinal);
        Assert.Contains("host_port = 11211", spec, StringComparison.Ordinal);
    }

    [Fact]
    public void A_range_mapping_becomes_one_port_per_host_port()
    {
        var spec = ImportText(ImportFixtures.Ranges);

        Assert.Equal(6, Enumerable.Range(21100, 6).Count(p => spec.Contains($"[containers.ftp.ports.tcp-{p}]\nhost_port = {p}\ncontainer_port = {p}\n", StringComparison.Ordinal)));
        Assert.Equal(4, Enumerable.Range(40000, 4).Count(p => spec.Contains($"[containers.rtp.ports.udp-{p}]", StringComparison.Ordinal)));
    }

    [Fact]
    public void An_interpolated_value_keeps_its_default_with_a_comment_naming_the_variable()
    {
        var spec = ImportText(ImportFixtures.Interpolation);

        Assert.Contains("host_ip = \"127.0.0.1\"\nhost_port = 15432  # $PG_HOST, $PG_PORT: the default of \"${PG_HOST:-127.0.0.1}:${PG_PORT:-15432}:5432\"\n", spec, StringComparison.Ordinal);
        Assert.Contains("host_port = 3000  # $APP_PORT: the default of \"${APP_PORT:-3000}:3000\"\n", spec, StringComparison.Ordinal);
        Assert.Contains("image = \"ghcr.io/example/app:latest\"", spec, StringComparison.Ordinal);
    }

    [Fact]
    public void A_curl_or_wget_of_a_local_url_becomes_an_http_check_on_its_port_and_anything_else_a_command()
    {
        var spec = ImportText(ImportFixtures.Healthchecks);
        var longSpec = ImportText(ImportFixtures.LongSyntax);

        Assert.Contains("host_port = 9090\ncontainer_port = 9090\nprotocol = \"tcp\"\ntitle = \"prometheus 9090/tcp\"\nexposure = \"internal\"\nhealth = { http = \"/-/healthy\" }", spec, StringComparison.Ordinal);
        Assert.Contains("health = { command = \"exec 3<>/dev/tcp/127.0.0.1/9000\" }", spec, StringComparison.Ordinal);
        Assert.Contains("health = { command = \"echo 'db.runCommand(\\\"ping\\\").ok' | mongosh localhost:27017/test --quiet\" }", spec, StringComparison.Ordinal);
        Assert.Contains("host_port = 3300\ncontainer_port = 3000\nprotocol = \"tcp\"\ntitle = \"grafana 3000/tcp\"\nexposure = \"public\"\nhealth = { http = \"/api/health\" }", longSpec, StringComparison.Ordinal);
    }

    [Fact]
    public void What_the_spec_cannot_carry_is_listed_at_the_end()
    {
        using var hostWorkspace = new ImportWorkspace(ImportFixtures.HostNetwork);
        var host = hostWorkspace.Import();
        using var anchorWorkspace = new ImportWorkspace(ImportFixtures.Anchors);
        var anchors = anchorWorkspace.Import();

        Assert.Equal(["docker-compose.yml:4: service 'homeassistant' uses network_mode: host; its processes bind host ports the spec cannot list."], host.NotCarried);
        Assert.Equal(["docker-compose.yml:20: service 'worker' ports entry \"9999\" has no host port; Docker picks one when the stack starts."], anchors.NotCarried);
        Assert.EndsWith("# Not carried over from the Compose files:\n# - " + anchors.NotCarried[0] + "\n", File.ReadAllText(anchorWorkspace.SpecPath), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(ImportFixtures.All), MemberType = typeof(ImportFixtures))]
    public void The_imported_spec_passes_check_with_warnings_at_most(ImportFixtures.Project project)
    {
        using var workspace = new ImportWorkspace(project);
        workspace.Import();

        var check = SpecCheck.Run(workspace.SpecPath);

        Assert.False(check.HasErrors, string.Join("\n", check.Diagnostics));
    }

    [Fact]
    public void A_collision_already_in_the_compose_files_stays_a_collision()
    {
        using var workspace = new ImportWorkspace(new("collision", [("docker-compose.yml", """
            services:
              a:
                image: nginx
                ports: ["8080:80"]
              b:
                image: httpd
                ports: ["8080:80"]
            """)]));
        workspace.Import();

        var check = SpecCheck.Run(workspace.SpecPath);

        Assert.Contains(check.Diagnostics, d => d.Code == "PM1201");
    }

    [Theory]
    [MemberData(nameof(ImportFixtures.All), MemberType = typeof(ImportFixtures))]
    public void Importing_twice_gives_the_same_bytes_and_the_same_check_output(ImportFixtures.Project project)
    {
        using var first = new ImportWorkspace(project);
        first.Import();
        var firstText = File.ReadAllBytes(first.SpecPath);
        var firstCheck = string.Join("\n", SpecCheck.Run(first.SpecPath).Diagnostics.Select(d => d.ToString().Replace(first.Folder, "", StringComparison.Ordinal)));
        using var second = new ImportWorkspace(project);
        second.Import();

        Assert.Equal(firstText, File.ReadAllBytes(second.SpecPath));
        Assert.Equal(firstCheck, string.Join("\n", SpecCheck.Run(second.SpecPath).Diagnostics.Select(d => d.ToString().Replace(second.Folder, "", StringComparison.Ordinal))));
    }

    [Fact]
    public void A_bad_port_entry_is_a_diagnostic_at_its_file_line_and_column()
    {
        using var workspace = new ImportWorkspace(new("bad", [("docker-compose.yml", "services:\n  web:\n    image: nginx\n    ports:\n      - \"abc:80\"\n")]));

        var plan = Import.SpecImportPlan(workspace);

        Assert.Null(plan);
        var diagnostic = Assert.Single(workspace.Diagnostics.Items);
        Assert.Equal(("PM1106", 5, 9), (diagnostic.Code, diagnostic.Location.Line, diagnostic.Location.Column));
        Assert.EndsWith("docker-compose.yml", diagnostic.Location.File, StringComparison.Ordinal);
    }

    [Fact]
    public void A_yaml_bomb_is_refused_with_a_diagnostic_in_bounded_time()
    {
        var levels = string.Join("\n", Enumerable.Range(1, 9).Select(i => $"x{i}: &x{i} [{string.Join(", ", Enumerable.Repeat($"*x{i - 1}", 9))}]"));
        var bomb = "x0: &x0 \"lol\"\n" + levels + "\nservices:\n  web:\n    image: nginx\n    ports: *x9\n";
        using var workspace = new ImportWorkspace(new("bomb", [("docker-compose.yml", bomb)]));
        var clock = Stopwatch.StartNew();

        var plan = Import.SpecImportPlan(workspace);

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"took {clock.Elapsed}");
        Assert.Null(plan);
        Assert.Contains(workspace.Diagnostics.Items, d => d.IsError && d.Location.File.EndsWith("docker-compose.yml", StringComparison.Ordinal));
    }

    [Fact]
    public void A_service_name_with_control_characters_is_written_into_the_comments_as_one_line_of_printable_text()
    {
        using var workspace = new ImportWorkspace(new("hostile", [("compose.yaml", "services:\n  \"evil\\a\\e[31m\\Nname\\x7f\\r\\nrm\":\n    ports: [\"18080:80\"]\n")]));
        workspace.Import();
        var spec = File.ReadAllText(workspace.SpecPath);

        var diagnostics = new DiagnosticBag();
        var tree = TomlDocumentParser.Parse(spec, workspace.SpecPath, diagnostics);

        Assert.True(tree is not null && !diagnostics.HasErrors, string.Join("\n", diagnostics.Items));
        Assert.Contains("# compose.yaml:2, service 'evil [31m name rm'\n", spec, StringComparison.Ordinal);
        Assert.Contains("# - compose.yaml:2: service 'evil [31m name rm' has no image or build;", spec, StringComparison.Ordinal);
        Assert.All(spec.Split('\n').Where(line => line.Contains('#', StringComparison.Ordinal)), line => Assert.DoesNotContain(line, char.IsControl));
    }
}
