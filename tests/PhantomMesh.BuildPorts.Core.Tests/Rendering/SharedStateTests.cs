using PhantomMesh.BuildPorts.Rendering.Sandbox;
using Scriban;

namespace PhantomMesh.BuildPorts.Tests.Rendering;

/// <summary>
/// Templates render side by side and share one copy of Scriban's builtins only when none of them can write into what
/// they share. A template that writes into the model or a builtin object makes the render run one template after the
/// other, in name order, each with its own builtins, exactly as before: later templates see its model changes, never
/// its builtin changes.
/// </summary>
public sealed class SharedStateTests : IDisposable
{
    private readonly TemplateRendering _temp = new();

    [Fact]
    public void A_template_that_changes_the_model_is_seen_by_the_templates_after_it_in_name_order()
    {
        var result = _temp.Render(
            ("a.txt.sbn", "{{ project.name = \"changed\" }}a\n"),
            ("b.txt.sbn", "{{ project.name }}\n"),
            ("c.txt.sbn", "{{ for p in ports }}{{ p.host_port }}{{ end }}\n"));

        Assert.Empty(result.Diagnostics);
        Assert.Equal(["a\n", "changed\n"], result.Files.Where(f => f.RelativePath != "c.txt").Select(f => f.Content));
    }

    [Fact]
    public void A_change_to_a_builtin_object_stays_in_its_template()
    {
        var result = _temp.Render(
            ("a.txt.sbn", "{{ string.marker = \"set\" }}{{ string | object.has_key \"marker\" }}\n"),
            ("b.txt.sbn", "{{ string | object.has_key \"marker\" }}\n"));

        Assert.Empty(result.Diagnostics);
        Assert.Equal(["true\n", "false\n"], result.Files.Select(f => f.Content));
    }

    [Theory]
    [InlineData("{{ project.name = 'x' }}")]
    [InlineData("{{ ports[0] = null }}")]
    [InlineData("{{ capture project.name }}x{{ end }}")]
    [InlineData("{{ capture ports[0] }}x{{ end }}")]
    [InlineData("{{ for project.name in ['a', 'b'] }}{{ end }}")]
    [InlineData("{{ tablerow project.name in ['a'] }}{{ end }}")]
    [InlineData("{{ with project }}{{ name = 'x' }}{{ end }}")]
    [InlineData("{{ object.eval 'project.name = 1' }}")]
    [InlineData("{{ (object['eval']) 'project.name = 1' }}")]
    [InlineData("{{ $f = @object.eval_template }}")]
    public void Every_way_of_writing_into_the_model_makes_the_render_run_one_template_after_the_other(string template)
        => Assert.True(SharedModelWrites.Possible(Template.Parse(template)), template);

    [Theory]
    [InlineData("{{ $name = project.name }}{{ capture $text }}x{{ end }}{{ for $p in ports }}{{ $p.name }}{{ end }}")]
    [InlineData("{{ capture text }}x{{ end }}{{ for p in ports }}{{ p.name }}{{ end }}{{ ports[0].name }}")]
    [InlineData("{{ tablerow p in ports }}{{ p.name }}{{ end }}{{ project['name'] }}")]
    public void Templates_that_only_read_the_model_may_render_side_by_side(string template)
        => Assert.False(SharedModelWrites.Possible(Template.Parse(template)), template);

    public void Dispose() => _temp.Dispose();
}
