using PhantomMesh.BuildPorts.Diagnostics;
using PhantomMesh.BuildPorts.Output;
using PhantomMesh.BuildPorts.Queries;
using PhantomMesh.BuildPorts.Rendering;
using PhantomMesh.BuildPorts.Tests.Support;
using PhantomMesh.BuildPorts.Validation;

namespace PhantomMesh.BuildPorts.Tests.Rendering;

public sealed class RendererTests : IDisposable
{
    private readonly TemplateRendering _temp = new();

    private RenderResult Render(params (string Name, string Text)[] templates) => _temp.Render(templates);

    private RenderResult RenderSpec(string specText, params (string Name, string Text)[] templates) => _temp.RenderSpec(specText, null, templates);

    /// <summary>
    /// Two outputs on one path are found once, by the output writer's path check, which every write and dry run
    /// passes; the renderer hands both on.
    /// </summary>
    private IReadOnlyList<Diagnostic> PathProblems(RenderResult result)
    {
        Assert.Empty(result.Diagnostics);
        return OutputWriter.Plan(_temp.OutputFolder, result.Files).Diagnostics;
    }

    [Fact]
    public void Template_without_front_matter_writes_to_its_own_name()
    {
        var result = Render(("notes/hello.txt.sbn", "{{ project.name }} has {{ ports.size }} port(s)\n"));

        var file = Assert.Single(result.Files);
        Assert.Equal(("notes/hello.txt", "test has 1 port(s)\n"), (file.RelativePath, file.Content));
    }

    [Fact]
    public void Front_matter_sets_the_output_path()
    {
        var result = Render(("x.sbn", "+++\noutput = \"deploy/\" + project.name + \".txt\"\n+++\n{{ for p in ports }}{{ p.host_port }}{{ end }}\n"));

        Assert.Equal("deploy/test.txt", Assert.Single(result.Files).RelativePath);
    }

    [Fact]
    public void Each_container_renders_once_per_container_and_skips_empty_outputs()
    {
        var result = Render(("d.sbn", "+++\neach = \"container\"\nif container.name == \"app\"; output = \"Dockerfile.app\"; end\n+++\n{{ for e in container.exposed }}EXPOSE {{ e.port }}/{{ e.protocol }}\n{{ end }}"));

        Assert.Empty(result.Diagnostics);
        var file = Assert.Single(result.Files);
        Assert.Equal(("Dockerfile.app", "EXPOSE 8080/tcp\n"), (file.RelativePath, file.Content));
    }

    [Fact]
    public void Syntax_error_reports_template_file_line_and_column()
    {
        var result = Render(("bad.txt.sbn", "line one\n{{ if }}\n"));

        Assert.All(result.Diagnostics, d => Assert.Equal("PM3001", d.Code));
        var error = result.Diagnostics[0];
        Assert.EndsWith("bad.txt.sbn", error.Location.File, StringComparison.Ordinal);
        Assert.Equal((2, 7), (error.Location.Line, error.Location.Column));
        Assert.Empty(result.Files);
    }

    [Fact]
    public void Misspelt_member_is_an_error_with_a_suggestion()
    {
        var result = Render(("bad.txt.sbn", "{{ for p in ports }}{{ p.hostport }}{{ end }}"));

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(("PM3002", 1, 26), (error.Code, error.Location.Line, error.Location.Column));
        Assert.Contains("Did you mean 'host_port'?", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_variable_is_an_error_not_an_empty_string()
    {
        var result = Render(("bad.txt.sbn", "{{ projet.name }}"));

        Assert.Equal("PM3002", Assert.Single(result.Diagnostics).Code);
    }

    [Theory]
    [InlineData("../../etc/passwd")]
    [InlineData("/etc/passwd")]
    [InlineData("_missing.sbn")]
    public void Include_outside_the_templates_folder_is_refused(string include)
    {
        var result = Render(("a.txt.sbn", $"first line\n{{{{ include '{include}' }}}}\n"));

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal("PM3003", error.Code);
        Assert.Equal(2, error.Location.Line);
        Assert.EndsWith("a.txt.sbn", error.Location.File, StringComparison.Ordinal);
    }

    [Fact]
    public void Include_of_a_partial_works_and_partials_are_not_rendered_alone()
    {
        var result = Render(("_name.sbn", "[{{ project.name }}]"), ("a.txt.sbn", "{{ include '_name.sbn' }}\n"));

        var file = Assert.Single(result.Files);
        Assert.Equal("[test]\n", file.Content);
    }

    [Theory]
    [InlineData("../outside.txt")]
    [InlineData("/tmp/outside.txt")]
    public void Output_path_escaping_the_folder_is_refused(string output)
    {
        var result = Render(("a.sbn", $"+++\noutput = \"{output}\"\n+++\nx\n"));

        Assert.Equal("PM3004", Assert.Single(result.Diagnostics).Code);
        Assert.Empty(result.Files);
    }

    [Fact]
    public void Endless_loop_ends_in_a_limit_diagnostic()
    {
        var result = Render(("a.txt.sbn", "{{ while true }}x{{ end }}"));

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal("PM3006", error.Code);
        Assert.Equal(1, error.Location.Line);
    }

    [Fact]
    public void Runaway_output_ends_in_a_limit_diagnostic()
    {
        var result = Render(("a.txt.sbn", "{{ for i in 1..1000000 }}{{ for j in 1..1000 }}xxxxxxxxxxxxxxxxxxxx{{ end }}{{ end }}"));

        Assert.Equal("PM3006", Assert.Single(result.Diagnostics).Code);
    }

    [Fact]
    public void Runaway_recursion_ends_in_a_limit_diagnostic()
    {
        var result = Render(("a.txt.sbn", "{{ func f(x); ret f(x + 1); end; f(1) }}"));

        Assert.Equal("PM3006", Assert.Single(result.Diagnostics).Code);
    }

    [Fact]
    public void Safe_text_functions_keep_hostile_values_as_text()
    {
        var result = Render(("a.txt.sbn", "{{ for p in ports }}{{ p.purpose | yaml_str }} {{ p.purpose | sh_quote }} {{ p.purpose | md_cell }}{{ end }}"));

        Assert.Equal("\"serves: \\\"things\\\"\" 'serves: \"things\"' serves: \"things\"", Assert.Single(result.Files).Content);
    }

    [Fact]
    public void Region_template_replaces_only_its_region_of_an_existing_file()
    {
        _temp.Write("out/Dockerfile", "FROM alpine:3.20\n# <phantom-gen:expose>\nEXPOSE 1\n# </phantom-gen:expose>\nCMD [\"run\"]\n");

        var result = Render(("r.sbn", "+++\nregion = \"expose\"\ntarget = \"Dockerfile\"\n+++\n{{ for p in ports }}EXPOSE {{ p.container_port }}\n{{ end }}"));

        var file = Assert.Single(result.Files);
        Assert.False(file.Owned);
        Assert.Equal("FROM alpine:3.20\n# <phantom-gen:expose>\nEXPOSE 8080\n# </phantom-gen:expose>\nCMD [\"run\"]\n", file.Content);
    }

    [Fact]
    public void Region_missing_from_the_target_is_reported()
    {
        _temp.Write("out/Dockerfile", "FROM alpine:3.20\n");

        var result = Render(("r.sbn", "+++\nregion = \"expose\"\ntarget = \"Dockerfile\"\n+++\nx\n"));

        Assert.Equal("PM3007", Assert.Single(result.Diagnostics).Code);
    }

    [Fact]
    public void Front_matter_with_an_unknown_each_is_reported()
    {
        var result = Render(("a.sbn", "+++\neach = \"port\"\n+++\nx\n"));

        Assert.Equal("PM3009", Assert.Single(result.Diagnostics).Code);
    }

    [Theory]
    [InlineData("{{ date.now }}")]
    [InlineData("{{ math.random 1 100 }}")]
    [InlineData("{{ math.uuid }}")]
    public void Templates_cannot_read_the_clock_or_draw_random_numbers(string text)
    {
        var result = Render(("a.txt.sbn", text));

        Assert.Equal("PM3002", Assert.Single(result.Diagnostics).Code);
    }

    [Fact]
    public void Two_project_templates_writing_one_file_are_reported_at_the_second()
    {
        var result = Render(("a.sbn", "+++\noutput = \"same.txt\"\n+++\na\n"), ("b.sbn", "+++\noutput = \"same.txt\"\n+++\nb\n"));

        var duplicate = Assert.Single(PathProblems(result));
        Assert.Contains("'same.txt' is also written by template 'a.sbn'", duplicate.Message, StringComparison.Ordinal);
        Assert.Equal("PM3005", duplicate.Code);
        Assert.EndsWith("b.sbn", duplicate.Location.File, StringComparison.Ordinal);
        Assert.EndsWith("a.sbn", Assert.Single(duplicate.Related).Location.File, StringComparison.Ordinal);
    }

    [Fact]
    public void A_per_container_template_giving_two_containers_one_output_is_reported()
    {
        var twoContainers = Specs.OnePort(Specs.ValidPort) + "\n[containers.db]\nimage = \"postgres:16\"\n";

        var result = RenderSpec(twoContainers, ("d.sbn", "+++\neach = \"container\"\noutput = \"Dockerfile\"\n+++\nx\n"));

        Assert.Equal("PM3005", Assert.Single(PathProblems(result)).Code);
    }

    [Fact]
    public void A_per_container_front_matter_sees_nothing_the_previous_container_assigned()
    {
        var twoContainers = Specs.OnePort(Specs.ValidPort) + "\n[containers.db]\nimage = \"postgres:16\"\n";

        var result = RenderSpec(twoContainers, ("d.sbn", "+++\neach = \"container\"\nif container.name == \"app\"; output = \"app.txt\"; end\n+++\n{{ container.name }}\n"));

        Assert.Empty(result.Diagnostics);
        var file = Assert.Single(result.Files);
        Assert.Equal(("app.txt", "app\n"), (file.RelativePath, file.Content));
    }

    [Fact]
    public void A_misspelt_front_matter_key_is_reported_with_a_suggestion()
    {
        var result = Render(("a.sbn", "+++\noutptu = \"x.txt\"\n+++\nx\n"));

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(("PM3009", 2, 1), (error.Code, error.Location.Line, error.Location.Column));
        Assert.Contains("did you mean 'output'", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ports[0]")]
    [InlineData("ports[0].health")]
    [InlineData("project")]
    public void A_front_matter_output_that_is_an_object_of_the_model_is_reported_as_an_object(string value)
    {
        var result = Render(("a.sbn", $"+++\noutput = {value}\n+++\nx\n"));

        var error = Assert.Single(result.Diagnostics);
        Assert.Contains("front matter 'output' must be a string, not an object.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_output_path_that_climbs_but_stays_inside_is_normalised()
    {
        var result = Render(("a.sbn", "+++\noutput = \"k8s/../notes/./x.txt\"\n+++\nx\n"));

        Assert.Empty(result.Diagnostics);
        Assert.Equal("notes/x.txt", Assert.Single(result.Files).RelativePath);
    }

    [Fact]
    public void A_per_container_region_template_skips_containers_without_a_target()
    {
        _temp.Write("out/Dockerfile.app", "FROM alpine\n# <phantom-gen:expose>\n# </phantom-gen:expose>\n");
        var twoContainers = Specs.OnePort(Specs.ValidPort, "dockerfile = \"Dockerfile.app\"").Replace("image = \"nginx:1.27\"\n", string.Empty, StringComparison.Ordinal)
                            + "\n[containers.db]\nimage = \"postgres:16\"\n";

        var result = RenderSpec(twoContainers, ("r.sbn", "+++\neach = \"container\"\nregion = \"expose\"\ntarget = container.dockerfile\n+++\n{{ for e in container.exposed }}EXPOSE {{ e.port }}\n{{ end }}"));

        Assert.Empty(result.Diagnostics);
        Assert.Equal("FROM alpine\n# <phantom-gen:expose>\nEXPOSE 8080\n# </phantom-gen:expose>\n", Assert.Single(result.Files).Content);
    }

    [Fact]
    public void A_container_lists_its_ports_in_host_port_order_whatever_the_spec_order()
    {
        const string spec = """
            [project]
            name = "x"
            [containers.app]
            image = "x"
            [containers.app.ports.dns-udp]
            host_port = 24503
            container_port = 53
            protocol = "udp"
            [containers.app.ports.web]
            host_port = 24502
            container_port = 8080
            health = { http = "/health" }
            [containers.app.ports.dns-tcp]
            host_port = 24501
            container_port = 53
            [containers.app.ports.web-again]
            host_port = 24500
            container_port = 8080
            health = { http = "/ready" }
            [containers.app.ports.dns-sctp]
            host_port = 24504
            container_port = 53
            protocol = "sctp"
            [containers.db]
            image = "y"
            health_port = "second"
            [containers.db.ports.second]
            host_port = 24511
            container_port = 5433
            health = { command = "true" }
            [containers.db.ports.first]
            host_port = 24510
            container_port = 5432
            health = { command = "true" }
            """;

        var result = RenderSpec(spec, ("a.txt.sbn",
            "{{ for c in containers }}{{ c.name }}: {{ for p in c.ports }}{{ p.host_port }} {{ end }}| {{ for e in c.exposed }}{{ e.port }}/{{ e.protocol }} {{ end }}| {{ c.health_port.name }}\n{{ end }}"));

        Assert.Empty(result.Diagnostics);
        Assert.Equal(
            "app: 24500 24501 24502 24503 24504 | 53/sctp 53/tcp 53/udp 8080/tcp | web-again\n"
            + "db: 24510 24511 | 5432/tcp 5433/tcp | second\n",
            Assert.Single(result.Files).Content);
    }

    [Theory]
    [InlineData("exposure = { allow_from = [\"192.168.1.0/24\", \"10.0.0.0/8\"] }")]
    [InlineData("exposure = \"internal\"")]
    [InlineData("exposure = \"unpublished\"")]
    public void Templates_get_the_exposure_in_the_words_the_port_list_uses(string exposure)
    {
        var spec = Specs.OnePort(Specs.ValidPort + "\n" + exposure);

        var result = RenderSpec(spec, ("a.txt.sbn", "{{ for p in ports }}{{ p.exposure.text }}{{ end }}"));

        var port = Assert.Single(SpecCheck.Run(Path.Combine(_temp.Folder, "ports.toml")).Specs!.AllPorts);
        Assert.Equal(PortText.Exposure(port.Exposure), Assert.Single(result.Files).Content);
    }

    public void Dispose() => _temp.Dispose();
}
