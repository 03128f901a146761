using PhantomMesh.BuildPorts.Rendering;
using PhantomMesh.BuildPorts.Rendering.Functions;
using PhantomMesh.BuildPorts.Tests.Rendering.Generated;
using PhantomMesh.BuildPorts.Tests.Support;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace PhantomMesh.BuildPorts.Tests.Rendering;

/// <summary>
/// The helpers <c>_functions.sbn</c> used to define in Scriban are .NET functions now (<see cref="ModelFunctionTable"/>).
/// Rendering/Legacy/_functions.sbn is the former Scriban file, kept as the reference: each function gives what its
/// Scriban version gave, on hostile inputs, and a project that still carries that file as its own
/// templates/_functions.sbn gets the same bytes from every built-in template.
/// </summary>
public sealed class ModelFunctionsMatchScribanTests
{
    private static readonly string LegacyFunctions = File.ReadAllText(
        Path.Combine(RepoPaths.RepoRoot, "tests", "PhantomMesh.BuildPorts.Core.Tests", "Rendering", "Legacy", "_functions.sbn"));

    public static TheoryData<string?> HostileTexts =>
    [
        "phantom-node", "Phantom_Node", "yes", "No", "OFF", "null", "~", "true ", "1e3", "1.5", "0x1F", "", " ", "-lead.", "..a..b--",
        "a b", "a: b", "#comment", "é漢字😀", "İSTANBUL", "ctl\u0001x", "tab\there", "line\nbreak", "trailing\n", "\u2028sep", "x".PadRight(40, 'y'),
        "a\"quote'$(id)`x`{{ y }}", null,
    ];

    [Theory]
    [MemberData(nameof(HostileTexts))]
    public void Name_functions_give_what_the_scriban_versions_gave(string? text)
    {
        foreach (var call in new[] { "yaml_name x", "k8s_name x", "is_image x \"grafana/loki\"", "is_image (\"docker.io/\" + x + \":1\") x" })
        {
            AssertSameAsScriban(call, Model(project: "p"), ("x", text));
        }
    }

    [Theory]
    [MemberData(nameof(HostileTexts))]
    public void Project_functions_give_what_the_scriban_versions_gave(string? text)
    {
        AssertSameAsScriban("firewall_name", Model(project: text));
        AssertSameAsScriban("generated_notice", Model(project: text));
        AssertSameAsScriban("generated_notice", Model(project: "p", environment: text));
        AssertSameAsScriban("generated_notice", Model(project: "p", environment: text, specFile: text));
    }

    public static TheoryData<string?, string, string?> Ports()
    {
        var data = new TheoryData<string?, string, string?>();
        foreach (var publishedIp in new string?[] { null, "0.0.0.0", "::", "127.0.0.1", "127.0.0.2", "::1", "fd00::1", "10.0.0.5" })
        {
            foreach (var health in new[] { "http", "command", "none" })
            {
                data.Add(publishedIp, health, "svc");
            }
        }

        data.Add("10.0.0.5", "http", null);
        return data;
    }

    [Theory]
    [MemberData(nameof(Ports))]
    public void Port_functions_give_what_the_scriban_versions_gave(string? publishedIp, string health, string? service)
    {
        foreach (var exposure in new[] { "public", "restricted", "internal", "unpublished" })
        {
            var port = Port(publishedIp, health, service, exposure, "a|b \"q\" $(id)\n`x`");
            foreach (var kubernetes in new[] { false, true })
            {
                var model = Model(project: "p", kubernetes: kubernetes);
                foreach (var call in new[]
                         {
                             "service_address port", "health_url port", "health_command port", "host_address port", "host_health_url port",
                             "exposure_text port", "allow_from_family port \"4\" | array.join \",\"", "allow_from_family port \"6\" | array.join \",\"",
                             "health_text port", "ufw_comment port", "published_on_loopback port", "ufw_destination port",
                         })
                {
                    AssertSameAsScriban(call, model, ("port", port));
                }
            }
        }

        AssertSameAsScriban("health_command port", Model(project: "p"), ("port", null));
    }

    [Fact]
    public void Container_functions_give_what_the_scriban_versions_gave()
    {
        var web = Port("127.0.0.1", "http", "shared", "internal", "Web \"UI\"\nsecond line");
        var admin = Port(null, "command", "shared", "public", "Admin | $(id)");
        var metrics = Port("::", "none", "shared", "restricted", "Metrics");
        admin["container_port"] = web["container_port"]; // two ports on one container port: one EXPOSE line naming both
        var services = Array(
            new ScriptObject { ["name"] = "alone", ["containers"] = Array("one") },
            new ScriptObject { ["name"] = "shared", ["containers"] = Array("app", "sidecar") });
        foreach (var (service, healthPort) in new (string?, ScriptObject?)[] { ("shared", web), ("alone", admin), (null, metrics), ("missing", null) })
        {
            var container = new ScriptObject
            {
                ["name"] = "app",
                ["service"] = service,
                ["ports"] = Array(web, admin, metrics),
                ["exposed"] = Array(
                    new ScriptObject { ["port"] = web["container_port"], ["protocol"] = "tcp" },
                    new ScriptObject { ["port"] = metrics["container_port"], ["protocol"] = "tcp" },
                    new ScriptObject { ["port"] = 9999, ["protocol"] = "udp" }),
                ["health_port"] = healthPort,
            };
            var model = Model(project: "p");
            model["services"] = services;
            foreach (var call in new[] { "pod_label container", "dockerfile_expose container", "dockerfile_healthcheck container" })
            {
                AssertSameAsScriban(call, model, ("container", container));
            }
        }
    }

    [Theory]
    [MemberData(nameof(SampleSpecs.All), MemberType = typeof(SampleSpecs))]
    public void A_project_carrying_the_former_functions_file_gets_the_same_bytes(string sample)
    {
        using var temp = new TempSpec();
        var templates = Path.Combine(temp.Folder, "templates");
        var ownTemplates = sample.StartsWith(SampleSpecs.PhantomMesh, StringComparison.Ordinal) ? SampleSpecs.RepoTemplates : null;
        foreach (var file in ownTemplates is null ? [] : Directory.GetFiles(ownTemplates))
        {
            temp.Write(Path.Combine("templates", Path.GetFileName(file)), File.ReadAllText(file));
        }

        temp.Write(Path.Combine("templates", "_functions.sbn"), LegacyFunctions);
        var spec = ownTemplates is null
            ? temp.Write("ports.toml", sample == SampleSpecs.Hostile ? new HostileSpec(HostileSpec.Destructive).Toml : SampleSpecs.MinimalSpec)
            : RepoPaths.PortsToml;
        var environment = SampleSpecs.EnvironmentOf(sample);

        var builtIn = GeneratedOutput.RenderOnly(spec, ownTemplates, Path.Combine(temp.Folder, "out"), environment).Files;
        var former = GeneratedOutput.RenderOnly(spec, templates, Path.Combine(temp.Folder, "out"), environment).Files;

        Assert.Equal(former.Select(f => f.RelativePath), builtIn.Select(f => f.RelativePath));
        Assert.All(former.Zip(builtIn), pair => Assert.Equal(pair.First.Content, pair.Second.Content));
    }

    [Fact]
    public void A_template_definition_takes_the_place_of_the_built_in_function()
    {
        // Without this, the comparisons above could be comparing the .NET functions with themselves.
        const string Definition = "{{ func yaml_name(name)\n ret 'legacy ' + name\n end }}";

        Assert.Equal("[legacy web]", Render(Definition, "yaml_name 'web'", Model("p"), []));
        Assert.Equal("[web]", Render(string.Empty, "yaml_name 'web'", Model("p"), []));
    }

    [Fact]
    public void A_project_functions_file_takes_the_place_of_the_built_in_functions_in_built_in_templates()
    {
        using var temp = new TempSpec();
        var templates = Path.Combine(temp.Folder, "templates");
        temp.Write(Path.Combine("templates", "_functions.sbn"), "{{ func yaml_name(name)\n ret 'own-' + name\n end }}");
        var spec = temp.Write("ports.toml", SampleSpecs.MinimalSpec);

        var compose = GeneratedOutput.RenderOnly(spec, templates, Path.Combine(temp.Folder, "out"), null).Files
            .Single(f => f.RelativePath == "docker-compose.yml");

        Assert.Contains("own-", compose.Content, StringComparison.Ordinal);
    }

    /// <summary>Renders CALL with the .NET functions and with the former Scriban ones defined over them: the same text, or both fail.</summary>
    private static void AssertSameAsScriban(string call, ScriptObject model, params (string Name, object? Value)[] variables)
    {
        var expected = Render(LegacyFunctions, call, model, variables);
        var actual = Render(string.Empty, call, model, variables);
        Assert.True(expected == actual, $"{call} with {string.Join(", ", variables.Select(v => $"{v.Name} = {Show(v.Value)}"))}:\n  Scriban: {expected}\n  .NET:    {actual}");
    }

    private static string Render(string definitions, string call, ScriptObject model, (string Name, object? Value)[] variables)
    {
        var globals = new ScriptObject();
        SafeTextFunctionTable.AddTo(globals);
        ModelFunctionTable.AddTo(globals);
        foreach (var (name, value) in model)
        {
            globals[name] = value;
        }

        var context = new TemplateContext { StrictVariables = true, NewLine = "\n" };
        context.PushGlobal(globals);
        var scope = new ScriptObject();
        foreach (var (name, value) in variables)
        {
            scope[name] = value;
        }

        context.PushGlobal(scope);
        try
        {
            var result = Template.Parse(definitions + "{{ $r = " + call + " }}{{ $r == null ? \"(null)\" : $r }}").Render(context);
            return "[" + result + "]";
        }
        catch (Exception exception) when (exception is ScriptRuntimeException or ArgumentException)
        {
            return "(fails)";
        }
    }

    private static ScriptObject Model(string? project, bool kubernetes = false, string? environment = null, string? specFile = "ports.toml") => new()
    {
        ["project"] = new ScriptObject { ["name"] = project },
        ["environment"] = new ScriptObject { ["name"] = environment, ["is_kubernetes"] = kubernetes, ["namespace"] = kubernetes ? "ns" : null },
        ["generator"] = new ScriptObject { ["name"] = "phantom-gen", ["spec_file"] = specFile },
        ["services"] = new ScriptArray(),
    };

    private static ScriptObject Port(string? publishedIp, string health, string? service, string exposure, string title) => new()
    {
        ["name"] = "web",
        ["container"] = "app",
        ["service"] = service,
        ["title"] = title,
        ["host_port"] = 24511,
        ["container_port"] = 8080 + title.Length,
        ["protocol"] = "tcp",
        ["published_ip"] = publishedIp,
        ["published"] = exposure != "unpublished",
        ["health"] = new ScriptObject
        {
            ["kind"] = health,
            ["http_path"] = health == "http" ? "/health?x='y'&z=$(id)" : null,
            ["command"] = health == "command" ? "echo 'a' \"b\" $HOME `x`\nnext" : null,
        },
        ["exposure"] = new ScriptObject
        {
            ["kind"] = exposure,
            ["text"] = exposure == "restricted" ? "from 10.0.0.0/8, fd00::/8" : exposure,
            ["allow_from"] = exposure == "restricted" ? Array("10.0.0.0/8", "fd00::/8", "192.168.1.0/24") : Array(),
        },
    };

    private static ScriptArray Array(params object?[] items)
    {
        var array = new ScriptArray();
        items.ToList().ForEach(array.Add);
        return array;
    }

    private static string Show(object? value) => value is string text ? $"\"{text.Replace("\n", "\\n", StringComparison.Ordinal)}\"" : value is null ? "null" : "(object)";
}
