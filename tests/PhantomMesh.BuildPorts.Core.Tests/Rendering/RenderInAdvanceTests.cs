using System.Text;
using PhantomMesh.BuildPorts.Generation;
using PhantomMesh.BuildPorts.Rendering;
using PhantomMesh.BuildPorts.Tests.Rendering.Generated;
using PhantomMesh.BuildPorts.Tests.Support;
using PhantomMesh.BuildPorts.Validation;

namespace PhantomMesh.BuildPorts.Tests.Rendering;

/// <summary>
/// <c>generate</c> renders a small spec while the spec is checked: what the check passes comes out as if rendered
/// after it, and what it refuses leaves no trace of that render, not even one still running.
/// </summary>
public sealed class RenderInAdvanceTests : IDisposable
{
    private readonly TempSpec _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void The_repository_spec_rendered_in_advance_gives_the_files_diagnostics_and_inputs_of_a_render_after_the_check()
    {
        var options = new GenerationOptions { SpecPath = RepoPaths.PortsToml, TemplatesFolder = SampleSpecs.RepoTemplates, OutputFolder = Path.Combine(_temp.Folder, "out") };
        var specs = SpecCheck.RunAll(RepoPaths.PortsToml).Specs!;
        var after = RenderStage.Run(options, specs, model: null, CancellationToken.None);

        using var advance = new RenderInAdvance(options);
        Assert.True(advance.TryStart(specs));
        var inAdvance = advance.TakeFor(specs)!;

        Assert.Null(advance.TakeFor(specs)); // taken once
        Assert.Equal(Describe(after), Describe(inAdvance));
        Assert.NotNull(inAdvance.Files);
        Assert.Equal(after.Files!.Select(f => (f.RelativePath, f.Content)), inAdvance.Files.Select(f => (f.RelativePath, f.Content)));
        Assert.NotEmpty(inAdvance.TemplateInputs);
    }

    [Fact]
    public void Generate_takes_the_render_made_beside_the_check_and_writes_its_files()
    {
        var output = Path.Combine(_temp.Folder, "out");
        var taken = 0;

        var result = Generator.Run(new GenerationOptions { SpecPath = RepoPaths.PortsToml, TemplatesFolder = SampleSpecs.RepoTemplates, OutputFolder = output, RenderTakenInAdvance = () => taken++ });

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        Assert.Equal(1, taken);
        Assert.All(result.Files, f => Assert.Equal(f.Content, File.ReadAllText(Path.Combine(output, f.RelativePath))));
    }

    [Fact]
    public void A_spec_of_as_many_ports_as_the_check_splits_is_left_to_the_render_after_the_check()
    {
        var specs = SpecCheck.Run(_temp.Write("ports.toml", ManyPorts(SpecValidator.ParallelFrom))).Specs!;
        using var advance = new RenderInAdvance(new GenerationOptions { SpecPath = Path.Combine(_temp.Folder, "ports.toml") });

        Assert.False(advance.TryStart(specs));
        Assert.Null(advance.TakeFor(specs));
    }

    [Fact]
    public void A_check_error_reports_no_template_problem_and_writes_nothing_although_the_render_had_started()
    {
        var spec = _temp.Write("ports.toml", Colliding());
        _temp.Write(Path.Combine("templates", "broken.txt.sbn"), "{{ for p in ports }}");
        var output = Path.Combine(_temp.Folder, "out");

        var result = Generator.Run(new GenerationOptions { SpecPath = spec, OutputFolder = output });

        Assert.Contains(result.Diagnostics, d => d.Code == "PM1201");
        Assert.DoesNotContain(result.Diagnostics, d => d.Code.StartsWith("PM3", StringComparison.Ordinal));
        Assert.False(Directory.Exists(output));
    }

    [Fact]
    public async Task A_check_error_stops_a_render_started_in_advance_that_would_run_for_an_hour()
    {
        var spec = _temp.Write("ports.toml", Colliding());
        _temp.Write(Path.Combine("templates", "endless.txt.sbn"), "{{ for i in 1..2000000000 }}{{ for j in 1..2000000000 }}{{ end }}{{ end }}");
        var options = new GenerationOptions
        {
            SpecPath = spec,
            OutputFolder = Path.Combine(_temp.Folder, "out"),
            Limits = new RenderLimits { LoopIterations = 2_000_000_000, Time = TimeSpan.FromHours(1) },
        };

        // A bound, not a speed: abandoned, the render stops within 64 steps; not abandoned, it would run for the hour.
        var result = await Task.Run(() => Generator.Run(options)).WaitAsync(TimeSpan.FromMinutes(1));

        Assert.Contains(result.Diagnostics, d => d.Code == "PM1201");
        Assert.Empty(result.Files);
    }

    [Fact]
    public async Task Disposing_stops_a_render_started_in_advance_that_would_run_for_an_hour()
    {
        var spec = _temp.Write("ports.toml", Specs.OnePort(Specs.ValidPort));
        _temp.Write(Path.Combine("templates", "endless.txt.sbn"), "{{ for i in 1..2000000000 }}{{ for j in 1..2000000000 }}{{ end }}{{ end }}");
        var specs = SpecCheck.Run(spec).Specs!;
        var advance = new RenderInAdvance(new GenerationOptions
        {
            SpecPath = spec,
            Limits = new RenderLimits { LoopIterations = 2_000_000_000, Time = TimeSpan.FromHours(1) },
        });
        Assert.True(advance.TryStart(specs));

        // A bound, not a speed: the render stops within 64 steps of being abandoned.
        await Task.Run(advance.Dispose).WaitAsync(TimeSpan.FromMinutes(1));
    }

    private static string Describe(RenderStageResult result)
        => string.Join('\n', result.Diagnostics.Select(d => $"{d.Location} {d.Code} {d.Message}")) + "\n" + string.Join('\n', result.TemplateInputs);

    private static string Colliding()
        => Specs.OnePort(Specs.ValidPort) + "\n[containers.app.ports.admin]\nhost_port = 24510\ncontainer_port = 9090\ngroup = \"core\"\n";

    private static string ManyPorts(int ports)
    {
        var text = new StringBuilder("[project]\nname = \"many\"\nhost_range = \"20000-29999\"\n");
        for (var i = 0; i < ports; i++)
        {
            text.Append("\n[containers.c").Append(i).Append("]\nimage = \"nginx:1.27\"\n\n[containers.c").Append(i)
                .Append(".ports.p]\nhost_port = ").Append(20000 + i).Append("\ncontainer_port = 8080\n");
        }

        return text.ToString();
    }
}
