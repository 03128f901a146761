using PhantomMesh.BuildPorts.Tests.Infrastructure;

namespace PhantomMesh.BuildPorts.Tests.Schema;

/// <summary>Taplo, the validator behind Even Better TOML, checks specs against schema/ports.schema.json.</summary>
public sealed class SchemaValidationTests : IDisposable
{
    private const string Project = "[project]\nname = \"Test\"\nhost_range = \"24500-24599\"\n";
    private const string Port = "[containers.web]\nimage = \"nginx:1.27\"\n[containers.web.ports.http]\nhost_port = 24500\n";

    private readonly DirectoryInfo _temp = Directory.CreateTempSubdirectory("buildports-schema-");

    public void Dispose() => _temp.Delete(recursive: true);

    [Fact]
    public void The_spec_points_editors_at_the_schema()
    {
        var firstLine = File.ReadLines(RepoPaths.PortsToml).First();

        Assert.Equal("#:schema ./schema/ports.schema.json", firstLine);
        var target = Path.GetFullPath(Path.Combine(RepoPaths.RepoRoot, firstLine["#:schema ".Length..]));
        Assert.Equal(RepoPaths.SchemaFile, target);
    }

    [SkippableFact]
    public async Task The_repository_spec_validates_against_the_schema()
    {
        var taplo = ExternalTool.RequireTool("taplo");

        // No --schema: taplo follows the file's own "#:schema" directive, as editors do.
        var result = await ExternalTool.RunAsync(taplo, ["check", RepoPaths.PortsToml]);

        Assert.True(result.Succeeded, result.ToString());
    }

    public static TheoryData<string, string> ValidSpecs => new()
    {
        { "minimal", Project },
        { "one port", Project + Port },
        {
            "every optional field",
            "includes = [\"../other/ports.toml\", \"../shop/compose.yml\", { compose = [\"a.yml\", \"b.yml\"], env_file = \"prod.env\" }, { compose = \"c.yml\" }]\n"
            + Project + "network = \"net\"\n"
            + "[groups.web]\ntitle = \"Web\"\nrange = \"24500-24509\"\n"
            + "[reserved.spare]\nrange = \"24590-24599\"\npurpose = \"later\"\n"
            + "[reserved.one]\nport = 24589\n"
            + "[containers.web]\ndockerfile = \"Dockerfile\"\nservice = \"web\"\n"
            + "[containers.web.ports.http]\nhost_port = 24500\ncontainer_port = 8080\nprotocol = \"tcp\"\n"
            + "host_ip = \"::1\"\ngroup = \"web\"\ntitle = \"Web\"\npurpose = \"pages\"\nold_port = 80\n"
            + "health = { http = \"/health\" }\nexposure = { allow_from = [\"192.168.1.0/24\", \"fd00::/8\"] }\n"
            + "metrics_path = \"/metrics\"\nsuppress = { PM1001 = \"accepted on purpose\" }\nenabled = true\n"
        },
        {
            "every environment key",
            Project + Port
            + "[environments.dev]\nport_offset = 100\nhost_ip = \"127.0.0.1\"\nincludes = [\"../other/ports.toml\"]\n"
            + "[environments.dev.project]\nhost_range = \"24600-24699\"\n"
            + "[environments.dev.groups.extra]\nrange = \"24690-24699\"\n"
            + "[environments.dev.reserved.spare]\nport = 24689\nenabled = false\n"
            + "[environments.dev.alerts]\nseverity = \"warning\"\n"
            + "[environments.dev.containers.web]\nimage = \"nginx:1.28\"\n"
            + "[environments.dev.containers.web.ports.http]\nhost_port = 24501\nexposure = \"public\"\nhealth = { command = \"true\" }\n"
            + "[environments.dev.containers.web.ports.debug]\nenabled = false\n"
            + "[environments.k8s]\nkubernetes = true\nnamespace = \"shop\"\n"
        },
    };

    [SkippableTheory]
    [MemberData(nameof(ValidSpecs))]
    public async Task Valid_specs_are_accepted(string name, string toml)
    {
        var result = await CheckAsync(name, toml);

        Assert.True(result.Succeeded, result.ToString());
    }

    public static TheoryData<string, string, string> InvalidSpecs => new()
    {
        { "string host_port", Project + Port.Replace("24500", "\"abc\"", StringComparison.Ordinal), "\"abc\" is not of type \"integer\"" },
        { "unknown top-level key", "colour = \"blue\"\n" + Project, "'colour' was unexpected" },
        { "unknown port key", Project + Port + "hostport = 1\n", "'hostport' was unexpected" },
        { "no project", Port, "\"project\" is a required property" },
        { "port out of range", Project + Port.Replace("24500", "70000", StringComparison.Ordinal), "70000 is greater than the maximum of 65535" },
        { "bad protocol", Project + Port + "protocol = \"tcpx\"\n", "\"tcpx\" is not one of" },
        { "image and dockerfile", Project + Port.Replace("[containers.web.ports", "dockerfile = \"D\"\n[containers.web.ports", StringComparison.Ordinal), "more than one of the schemas" },
        { "reserved without port or range", Project + "[reserved.x]\ntitle = \"x\"\n", "not valid under any of the schemas" },
        { "health with http and command", Project + Port + "health = { http = \"/h\", command = \"true\" }\n", "more than one of the schemas" },
        { "empty allow_from", Project + Port + "exposure = { allow_from = [] }\n", "not valid under any of the schemas" },
        { "bad suppress code", Project + Port + "suppress = { PM12 = \"why\" }\n", "\"PM12\" does not match" },
        { "bad host_range", Project.Replace("24500-24599", "24500..24599", StringComparison.Ordinal), "\"24500..24599\" does not match" },
        { "compose set with an unknown key", "includes = [{ compose = \"a.yml\", profile = \"x\" }]\n" + Project, "not valid under any of the schemas" },
        { "compose set without compose", "includes = [{ env_file = \".env\" }]\n" + Project, "not valid under any of the schemas" },
        { "empty compose list", "includes = [{ compose = [] }]\n" + Project, "not valid under any of the schemas" },
        { "unknown environment key", Project + "[environments.dev]\nport_ofset = 1\n", "'port_ofset' was unexpected" },
        { "unknown key in an environment's port", Project + Port + "[environments.dev.containers.web.ports.http]\nhostport = 1\n", "'hostport' was unexpected" },
        { "port_offset as a string", Project + "[environments.dev]\nport_offset = \"100\"\n", "\"100\" is not of type \"integer\"" },
        { "kubernetes as a string", Project + "[environments.k8s]\nkubernetes = \"yes\"\n", "\"yes\" is not of type \"boolean\"" },
        { "namespace not a DNS label", Project + "[environments.k8s]\nkubernetes = true\nnamespace = \"Shop\"\n", "\"Shop\" does not match" },
        { "enabled as a string", Project + Port + "enabled = \"no\"\n", "\"no\" is not of type \"boolean\"" },
    };

    [SkippableTheory]
    [MemberData(nameof(InvalidSpecs))]
    public async Task Invalid_specs_are_rejected_with_the_reason(string name, string toml, string expectedError)
    {
        var result = await CheckAsync(name, toml);

        Assert.False(result.TimedOut, result.ToString());
        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains(expectedError, result.Output, StringComparison.Ordinal);
    }

    /// <summary>
    /// taplo check --no-auto-config --schema file:///.../ports.schema.json SPEC, run in the temp folder
    /// so that no configuration file nearby changes what is checked.
    /// </summary>
    private async Task<ToolResult> CheckAsync(string name, string toml)
    {
        var taplo = ExternalTool.RequireTool("taplo");
        var spec = Path.Combine(_temp.FullName, string.Concat(name.Split(' ')) + ".toml");
        await File.WriteAllTextAsync(spec, toml);
        var schemaUri = new Uri(RepoPaths.SchemaFile).AbsoluteUri;

        return await ExternalTool.RunAsync(
            taplo,
            ["check", "--no-auto-config", "--schema", schemaUri, spec],
            workingDirectory: _temp.FullName);
    }
}
