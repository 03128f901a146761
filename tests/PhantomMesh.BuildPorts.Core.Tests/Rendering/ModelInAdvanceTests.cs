using PhantomMesh.BuildPorts.Diagnostics;
using PhantomMesh.BuildPorts.Rendering;
using PhantomMesh.BuildPorts.Rendering.Model;
using PhantomMesh.BuildPorts.Spec;
using PhantomMesh.BuildPorts.Tests.Rendering.Generated;
using PhantomMesh.BuildPorts.Tests.Support;
using PhantomMesh.BuildPorts.Validation;

namespace PhantomMesh.BuildPorts.Tests.Rendering;

/// <summary>
/// <c>generate</c> builds the base spec's model while the spec is validated: a render that takes that model gives the
/// bytes a render that builds its own gives, and a model a template wrote into is never rendered twice.
/// </summary>
public sealed class ModelInAdvanceTests : IDisposable
{
    private readonly TempSpec _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Every_built_in_output_of_the_repository_spec_is_the_same_with_the_model_built_in_advance()
    {
        var specs = SpecCheck.RunAll(RepoPaths.PortsToml).Specs!;
        var templates = TemplateSetLoader.Load(SampleSpecs.RepoTemplates, new DiagnosticBag());
        var output = Path.Combine(_temp.Folder, "out");

        using var advance = new ModelInAdvance();
        advance.Start(specs);

        var ownModel = new TemplateRenderer(templates, output).Render(specs);
        var inAdvance = new TemplateRenderer(templates, output) { ModelInAdvance = advance }.Render(specs);

        Assert.Null(advance.TakeFor(specs)); // the render took it
        Assert.Empty(inAdvance.Diagnostics);
        Assert.Equal(ownModel.Files.Select(f => (f.RelativePath, f.Content)), inAdvance.Files.Select(f => (f.RelativePath, f.Content)));
    }

    [Fact]
    public void A_second_render_builds_a_fresh_model_so_it_does_not_see_what_the_first_wrote_into_it()
    {
        var spec = _temp.Write("ports.toml", Specs.OnePort(Specs.ValidPort));
        _temp.Write(Path.Combine("templates", "out.txt.sbn"), "{{ ports[0].health.kind = ports[0].health.kind + \"!\" }}{{ ports[0].health.kind }}");
        var specs = SpecCheck.Run(spec).Specs!;
        var templates = TemplateSetLoader.Load(Path.Combine(_temp.Folder, "templates"), new DiagnosticBag(), includeBuiltIns: false);
        using var advance = new ModelInAdvance();
        advance.Start(specs);
        var renderer = new TemplateRenderer(templates, Path.Combine(_temp.Folder, "out")) { ModelInAdvance = advance };

        var first = Assert.Single(renderer.Render(specs).Files).Content;
        var second = Assert.Single(renderer.Render(specs).Files).Content;

        Assert.EndsWith("!", first, StringComparison.Ordinal);
        Assert.Equal(first, second);
    }

    [Fact]
    public void The_check_hands_over_the_base_spec_it_returns_once_bound_and_only_once_with_environments()
    {
        var seen = new List<SpecSet>();

        var check = SpecCheck.RunAll(RepoPaths.PortsToml, null, seen.Add);

        Assert.NotEmpty(check.Environments);
        Assert.Same(check.Specs, Assert.Single(seen));
    }

    [Fact]
    public void A_base_spec_that_does_not_bind_is_not_handed_over()
    {
        var spec = _temp.Write("ports.toml", Specs.OnePort(Specs.ValidPort.Replace("host_port = 24510", "host_port = \"24510\"", StringComparison.Ordinal)));
        var seen = new List<SpecSet>();

        var check = SpecCheck.RunAll(spec, null, seen.Add);

        Assert.True(check.HasErrors);
        Assert.Empty(seen);
    }

    [Fact]
    public void A_model_built_for_another_spec_is_not_taken()
    {
        var one = SpecCheck.Run(_temp.Write("one.toml", Specs.OnePort(Specs.ValidPort))).Specs!;
        var other = SpecCheck.Run(_temp.Write("other.toml", Specs.OnePort(Specs.ValidPort))).Specs!;
        using var model = new ModelInAdvance();
        model.Start(one);

        Assert.Null(model.TakeFor(other));
        Assert.NotNull(model.TakeFor(one));
        Assert.Null(model.TakeFor(one));
    }
}
