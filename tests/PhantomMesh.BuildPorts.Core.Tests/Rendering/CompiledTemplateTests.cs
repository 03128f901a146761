using System.Collections.Concurrent;
using System.Text;
using PhantomMesh.BuildPorts.Diagnostics;
using PhantomMesh.BuildPorts.Rendering;
using PhantomMesh.BuildPorts.Rendering.Compiled;
using PhantomMesh.BuildPorts.Testing;
using PhantomMesh.BuildPorts.Tests.Rendering.Generated;
using PhantomMesh.BuildPorts.Validation;

namespace PhantomMesh.BuildPorts.Tests.Rendering;

/// <summary>
/// The built-in PORTS.md is rendered by .NET code (<see cref="PortsMarkdown"/>) when nothing can change what the
/// template would do: every render here is made twice, with that code and with Scriban alone, and must give the same
/// bytes and the same diagnostics. Each case also checks which way PORTS.md was rendered, so none compares Scriban with itself.
/// </summary>
public sealed class CompiledTemplateTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public static TheoryData<string> Specs => ["plain", "hostile", "minimal", "unusual", "environment", "generated"];

    [Theory]
    [MemberData(nameof(Specs))]
    public void The_built_in_ports_table_is_the_same_rendered_by_its_code_or_by_Scriban(string name)
    {
        var (specText, environment) = name switch
        {
            "plain" => (File.ReadAllText(RepoPaths.PortsToml), null),
            "hostile" => (new HostileSpec(HostileSpec.Destructive).Toml, null),
            "minimal" => (SampleSpecs.MinimalSpec, null),
            "unusual" => (UnusualSpec, null),
            "environment" => (UnusualSpec, "shifted"),
            "generated" => (GeneratedSpec(1500), null),
            _ => throw new ArgumentOutOfRangeException(nameof(name)),
        };

        var (compiled, scriban, used) = RenderBoth(specText, environment);

        Assert.Equal(["PORTS.md.sbn"], used);
        Assert.Equal(Describe(scriban.Diagnostics), Describe(compiled.Diagnostics));
        Assert.Equal(scriban.Files.Select(f => (f.RelativePath, f.Content)), compiled.Files.Select(f => (f.RelativePath, f.Content)));
        Assert.Contains(compiled.Files, f => f.RelativePath == "PORTS.md");
    }

    [Theory]
    [InlineData(null)]
    [InlineData("dev")]
    [InlineData("prod")]
    [InlineData("k8s")]
    public void The_repository_spec_gives_the_same_ports_table_in_every_environment(string? environment)
    {
        var (compiled, scriban, used) = RenderBoth(File.ReadAllText(RepoPaths.PortsToml), environment, SampleSpecs.RepoTemplates);

        Assert.Equal(["PORTS.md.sbn"], used);
        var table = Assert.Single(compiled.Files, f => f.RelativePath == "PORTS.md").Content;
        Assert.Contains("# PhantomMesh ports", table, StringComparison.Ordinal);
        Assert.Equal(Assert.Single(scriban.Files, f => f.RelativePath == "PORTS.md").Content, table);
    }

    [Fact]
    public void A_project_functions_partial_is_used_by_Scriban_not_bypassed()
    {
        var templates = _temp.Combine("templates");
        _temp.Write("templates/_functions.sbn", "{{ func md_cell(v); ret \"CELL\"; end }}");

        var (compiled, scriban, used) = RenderBoth(SampleSpecs.MinimalSpec, null, templates);

        Assert.Empty(used);
        var table = Assert.Single(compiled.Files, f => f.RelativePath == "PORTS.md").Content;
        Assert.Contains("| 18080 | CELL |", table, StringComparison.Ordinal);
        Assert.Equal(Assert.Single(scriban.Files, f => f.RelativePath == "PORTS.md").Content, table);
    }

    [Fact]
    public void A_template_that_may_write_into_the_model_leaves_the_ports_table_to_Scriban()
    {
        var templates = _temp.Combine("templates");
        _temp.Write("templates/0-first.txt.sbn", "{{ ports[0].title = \"Rewritten\" }}x");

        var (compiled, scriban, used) = RenderBoth(SampleSpecs.MinimalSpec, null, templates);

        Assert.Empty(used);
        var table = Assert.Single(compiled.Files, f => f.RelativePath == "PORTS.md").Content;
        Assert.Contains("| 18080 | Rewritten |", table, StringComparison.Ordinal);
        Assert.Equal(Assert.Single(scriban.Files, f => f.RelativePath == "PORTS.md").Content, table);
    }

    [Theory]
    [InlineData(3, int.MaxValue, int.MaxValue, 64)]
    [InlineData(1_000_000, 2_000, int.MaxValue, 64)]
    [InlineData(1_000_000, int.MaxValue, 30, 64)]
    [InlineData(1_000_000, int.MaxValue, int.MaxValue, 2)]
    public void Past_a_limit_the_render_fails_as_Scriban_reports_it(int loops, int outputCharacters, int stringCharacters, int recursionDepth)
    {
        var limits = new RenderLimits { LoopIterations = loops, OutputCharacters = outputCharacters, StringCharacters = stringCharacters, RecursionDepth = recursionDepth };

        var (compiled, scriban, used) = RenderBoth(UnusualSpec, null, limits: limits);

        Assert.Empty(used);
        Assert.Contains(compiled.Diagnostics, d => d.Location.File.EndsWith("PORTS.md.sbn", StringComparison.Ordinal));
        Assert.Equal(Describe(scriban.Diagnostics), Describe(compiled.Diagnostics));
    }

    [Fact]
    public void Past_the_time_limit_the_render_fails_as_Scriban_reports_it()
    {
        var limits = new RenderLimits { Time = TimeSpan.FromSeconds(1) };

        var (compiled, scriban, used) = RenderBoth(UnusualSpec, null, limits: limits, clock: () => new LeapingClock());

        // Which other templates are stopped too depends on which thread reads the clock first, so only PORTS.md is compared.
        Assert.Empty(used);
        Assert.All(new[] { compiled, scriban }, result =>
        {
            Assert.Contains(result.Diagnostics, d => d.Code == DiagnosticCatalog.TemplateLimit.Code && d.Location.File.EndsWith("PORTS.md.sbn", StringComparison.Ordinal));
            Assert.DoesNotContain(result.Files, f => f.RelativePath == "PORTS.md");
        });
    }

    /// <summary>No host range, an empty group, ports outside any group, no reservations, UDP and SCTP, and text Markdown must escape.</summary>
    private const string UnusualSpec = """
        [project]
        name = "Odd | name <b>"

        [groups.empty]
        range = "30000-30009"
        title = "Nothing here *yet*"

        [groups.edge]
        range = "30010-30019"
        title = "Edge\nline two"

        [containers.edge]
        image = "edge:1"

        [containers.edge.ports.dns]
        host_port = 30010
        container_port = 53
        protocol = "udp"
        group = "edge"
        title = "DNS | resolver `x` \\ back_slash"
        purpose = "Answers <queries> & more\r\nsecond line"
        old_port = 53

        [containers.edge.ports.sig]
        host_port = 30011
        container_port = 3868
        protocol = "sctp"
        group = "edge"
        exposure = "internal"

        [containers.loose]
        image = "loose:1"

        [containers.loose.ports.web]
        host_port = 31000
        container_port = 8080
        title = "Web ~ [link](x) #1 {a} $b"
        health = { http = "/health" }
        exposure = { allow_from = ["10.0.0.0/8"] }

        [containers.loose.ports.cmd]
        host_port = 31001
        container_port = 9000
        health = { command = "pg_isready -h 127.0.0.1 | grep ok" }
        exposure = "unpublished"

        [environments.shifted]
        port_offset = 100
        """;

    private static string GeneratedSpec(int ports)
    {
        var text = new StringBuilder("[project]\nname = \"generated\"\nhost_range = \"20000-29999\"\n");
        for (var g = 0; g < ports / 100; g++)
        {
            text.Append($"\n[groups.g{g}]\nrange = \"{20000 + (g * 100)}-{20099 + (g * 100)}\"\n");
        }

        text.Append("\n[reserved.spare]\nrange = \"29990-29999\"\ntitle = \"Spare\"\npurpose = \"Later\"\n");
        for (var p = 0; p < ports; p++)
        {
            if (p % 5 == 0)
            {
                text.Append($"\n[containers.c{p / 5}]\nimage = \"img:{p / 5}\"\n");
            }

            text.Append($"\n[containers.c{p / 5}.ports.p{p}]\nhost_port = {20000 + p}\ncontainer_port = {8000 + (p % 5)}\ngroup = \"g{p / 100}\"\ntitle = \"Port {p}\"\n");
            text.Append(p % 3 == 0 ? "health = { http = \"/health\" }\n" : string.Empty);
            text.Append(p % 7 == 0 ? "exposure = \"internal\"\n" : string.Empty);
            text.Append(p % 11 == 0 ? $"old_port = {10000 + p}\n" : string.Empty);
        }

        return text.ToString();
    }

    private (RenderResult Compiled, RenderResult Scriban, string[] Used) RenderBoth(
        string specText, string? environment, string? templatesFolder = null, RenderLimits? limits = null, Func<TimeProvider>? clock = null)
    {
        var specPath = _temp.Write("ports.toml", specText);
        var check = environment is null ? SpecCheck.RunAll(specPath) : SpecCheck.Run(specPath, environment: environment);
        Assert.False(check.HasErrors, string.Join("\n", check.Diagnostics));
        var bag = new DiagnosticBag();
        var templates = TemplateSetLoader.Load(templatesFolder, bag);
        Assert.Empty(bag.Items);

        var used = new ConcurrentQueue<string>();
        var output = _temp.Combine("out");
        clock ??= () => TimeProvider.System;
        var compiled = new TemplateRenderer(templates, output, limits) { CompiledTemplateUsed = used.Enqueue, Clock = clock() }.Render(check.Specs!);
        var scriban = new TemplateRenderer(templates, output, limits) { UseCompiledTemplates = false, Clock = clock() }.Render(check.Specs!);
        return (compiled, scriban, [.. used]);
    }

    private static IEnumerable<string> Describe(IReadOnlyList<Diagnostic> diagnostics) => diagnostics.Select(d => d.ToString());

    public void Dispose() => _temp.Dispose();

    /// <summary>A clock that moves an hour on at every reading: any render's time is up at its first look.</summary>
    private sealed class LeapingClock : TimeProvider
    {
        private long _now;

        public override long TimestampFrequency => TimeSpan.TicksPerSecond;

        public override long GetTimestamp() => Interlocked.Add(ref _now, TimeSpan.TicksPerHour);
    }
}
