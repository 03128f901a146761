using PhantomMesh.BuildPorts.Rendering;
using PhantomMesh.BuildPorts.Rendering.Model;
using PhantomMesh.BuildPorts.Rendering.Sandbox;
using PhantomMesh.BuildPorts.Validation;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace PhantomMesh.BuildPorts.Tests.Rendering;

/// <summary>
/// A port of the model (with its <c>health</c> and <c>exposure</c>) computes its members when read instead of keeping
/// them in a dictionary. Whatever a template does with it renders what the same template renders with the port as a
/// plain dictionary of the same members (the model as it was built before), error messages included, for every port of
/// the repository's spec.
/// </summary>
public sealed class ComputedModelObjectTests
{
    public static TheoryData<string> WholeObjectUses => new()
    {
        "{{ port }}",
        "{{ port.health }} {{ port.exposure }}",
        "{{ port | object.keys }} {{ port.health | object.keys }}",
        "{{ port | object.values }}",
        "{{ port | object.size }} {{ port.exposure | object.size }}",
        "{{ port | object.has_key 'host_port' }} {{ port | object.has_key 'hostport' }}",
        "{{ port | object.has_value 'group' }} {{ port | object.has_value 'old_port' }}",
        "{{ port | object.typeof }} {{ port.health | object.typeof }} {{ port | object.kind }}",
        "{{ for kv in port }}{{ kv.key }}={{ kv.value }};{{ end }}",
        "{{ for key in port | object.keys }}{{ key }}:{{ port[key] }};{{ end }}",
        "{{ port.host_port = 1 }}{{ port.host_port }} {{ port }}",
        "{{ port.extra = 'x' }}{{ port.extra }} {{ port | object.size }} {{ port | object.keys }}",
        "{{ port.health.kind = 'changed' }}{{ port.health.kind }} {{ port.health }} {{ port }}",
        "{{ h = port.exposure; h.text = 'mine' }}{{ port.exposure.text }}",
        "{{ port.exposure.allow_from | array.size }} {{ port.exposure.allow_from }}",
        "{{ port.exposure.allow_from[0] = '10.9.9.0/24' }}{{ port.exposure.allow_from }}",
        "{{ import port }}{{ host_port }} {{ name }} {{ health.kind }}",
        "{{ with port }}{{ host_port }}{{ x = 5 }}{{ end }}{{ port.x }}",
        "{{ [port, port] | array.map 'name' }} {{ [port] | array.sort 'host_port' | array.size }}",
        "{{ port == port }} {{ port != null }} {{ port.health == port.health }}",
        "{{ port.hostport }}",
        "{{ port.health.kinds }}",
        "{{ port + 1 }}",
        "{{ port | string.size }} {{ port.exposure | string.upcase }}",
        "{{ port['host_port'] }} {{ port.health['kind'] }}",
        "{{ port | object.format }}",
        "{{ port | object.to_json }}",
    };

    [Theory]
    [MemberData(nameof(WholeObjectUses))]
    public void A_template_renders_the_same_with_a_computed_port_as_with_a_stored_one(string template)
    {
        var specs = SpecCheck.Run(RepoPaths.PortsToml).Specs!;
        var computed = (ScriptArray)TemplateModelBuilder.Build(specs)["ports"]!;
        var stored = (ScriptArray)Plain(TemplateModelBuilder.Build(specs)["ports"])!;
        Assert.All(computed, port => Assert.IsType<PortModelObject>(port));

        AssertRendersTheSame(template, stored, computed);
    }

    public static TheoryData<string> OtherObjectUses => new()
    {
        "{{ port }}",
        "{{ port | object.keys }} {{ port | object.values }} {{ port | object.size }}",
        "{{ for kv in port }}{{ kv.key }}={{ kv.value }};{{ end }}",
        "{{ port.protocol = 'x' }}{{ port }} {{ port.nope }}",
    };

    /// <summary>The migration table's rows and the ports a container EXPOSEs are computed objects too.</summary>
    [Theory]
    [MemberData(nameof(OtherObjectUses))]
    public void Migration_rows_and_exposed_ports_render_the_same_as_stored_ones(string template)
    {
        var specs = SpecCheck.Run(RepoPaths.PortsToml).Specs!;
        var computed = OtherObjects(TemplateModelBuilder.Build(specs));
        var stored = OtherObjects(TemplateModelBuilder.Build(specs)).Select(Plain).ToList();
        Assert.All(computed, o => Assert.IsAssignableFrom<ComputedModelObject>(o));
        Assert.Contains(computed, o => o is MigrationModelObject);
        Assert.Contains(computed, o => o is ExposedPortModelObject);

        AssertRendersTheSame(template, stored, computed);
    }

    private static List<object?> OtherObjects(ScriptObject model)
        => [.. (ScriptArray)model["migration"]!, .. ((ScriptArray)model["containers"]!).Cast<ScriptObject>().SelectMany(c => (ScriptArray)c["exposed"]!)];

    [Fact]
    public void The_same_member_object_is_read_every_time_so_a_write_into_it_is_kept()
    {
        var specs = SpecCheck.Run(RepoPaths.PortsToml).Specs!;
        var port = (ScriptArray)TemplateModelBuilder.Build(specs)["ports"]!;

        Assert.Equal("changed changed", Render("{{ port.health.kind = 'changed'; port.health.kind }} {{ port.health.kind }}", port[0]));
    }

    private static void AssertRendersTheSame(string template, IList<object?> stored, IList<object?> computed)
    {
        for (var i = 0; i < computed.Count; i++)
        {
            Assert.Equal(Render(template, stored[i]), Render(template, computed[i]));
        }
    }

    private static string Render(string text, object? port)
    {
        using var deadline = new RenderDeadline(TimeSpan.FromSeconds(60), TimeProvider.System);
        var context = new LimitedTemplateContext(RenderLimits.Default, deadline) { StrictVariables = true, NewLine = "\n" };
        context.TryGetMember = SandboxRules.RejectUnknownMember;
        context.PushGlobal(new ScriptObject { ["port"] = port });
        context.PushGlobal(new ScriptObject());
        try
        {
            return Template.Parse(text).Render(context);
        }
        catch (ScriptRuntimeException failure)
        {
            return "error: " + failure.OriginalMessage;
        }
        catch (Exception failure) when (failure is ArgumentException or InvalidOperationException or NotSupportedException)
        {
            return "error " + failure.GetType().Name + ": " + failure.Message;
        }
    }

    /// <summary>The model value with every computed object replaced by a dictionary of its members, recursively.</summary>
    private static object? Plain(object? value)
    {
        switch (value)
        {
            case ComputedModelObject computed:
                var stored = new ScriptObject();
                foreach (var member in computed.GetMembers())
                {
                    computed.TryRead(member, out var memberValue);
                    stored.SetValue(member, Plain(memberValue), readOnly: false);
                }

                return stored;
            case ScriptArray array:
                var copy = new ScriptArray();
                foreach (var item in array)
                {
                    copy.Add(Plain(item));
                }

                return copy;
            default:
                return value;
        }
    }
}
