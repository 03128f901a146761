using PhantomMesh.BuildPorts.Cli.Tests.Infrastructure;

namespace PhantomMesh.BuildPorts.Cli.Tests.Commands;

/// <summary><c>phantom-gen init</c>: a starter ports.toml and its schema that <c>check</c> accepts; never overwrites without --force.</summary>
public sealed class InitTests : IDisposable
{
    private readonly TempFolder _temp = new();

    [Fact]
    public void Writes_a_spec_and_its_schema_that_check_accepts()
    {
        var init = InProcess.Run(_temp.Path, "init");

        Assert.True(init.ExitCode == 0, init.ToString());
        Assert.Equal(["wrote ports.toml", "wrote ports.schema.json", "Next: edit ports.toml, then run 'phantom-gen check' and 'phantom-gen generate'."], init.OutLines);
        Assert.Equal(["ports.schema.json", "ports.toml"], _temp.Files());
        Assert.StartsWith("#:schema ./ports.schema.json", _temp.Read("ports.toml"), StringComparison.Ordinal);
        Assert.Equal(File.ReadAllText(Path.Combine(RepoPaths.RepoRoot, "schema", "ports.schema.json")), _temp.Read("ports.schema.json"));

        var check = InProcess.Run(_temp.Path, "check", "--warnings-as-errors");

        Assert.True(check.ExitCode == 0, check.ToString());
        Assert.Equal("ports.toml: 2 ports, 0 errors, 0 warnings", check.OutLines[^1]);
    }

    [Fact]
    public void Starter_spec_can_be_listed_and_allocated_from()
    {
        Assert.Equal(0, InProcess.Run(_temp.Path, "init").ExitCode);

        Assert.Equal(0, InProcess.Run(_temp.Path, "list").ExitCode);
        Assert.Equal(["24611"], InProcess.Run(_temp.Path, "next", "core").OutLines);
    }

    [Fact]
    public void Refuses_to_overwrite_without_force()
    {
        _temp.Write("ports.toml", "# mine\n");

        var result = InProcess.Run(_temp.Path, "init");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal("phantom-gen: ports.toml already exists; nothing was written. Pass --force to overwrite.", result.ErrLines.Single());
        Assert.Equal("# mine\n", _temp.Read("ports.toml"));
        Assert.False(_temp.Exists("ports.schema.json")); // all or nothing
    }

    [Fact]
    public void Force_overwrites()
    {
        _temp.Write("ports.toml", "# mine\n");
        _temp.Write("ports.schema.json", "{}");

        var result = InProcess.Run(_temp.Path, "init", "--force");

        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("#:schema", _temp.Read("ports.toml"), StringComparison.Ordinal);
        Assert.NotEqual("{}", _temp.Read("ports.schema.json"));
    }

    [Fact]
    public void With_templates_copies_the_built_in_templates()
    {
        var result = InProcess.Run(_temp.Path, "init", "--with-templates");

        Assert.Equal(0, result.ExitCode);
        var builtIns = PhantomMesh.BuildPorts.Rendering.TemplateSetLoader.BuiltIns().Select(t => "templates/" + t.Name.Replace('\\', '/'));
        Assert.Equal(["ports.schema.json", "ports.toml", .. builtIns.Order(StringComparer.Ordinal)], _temp.Files());
    }

    [SkippableFact]
    public async Task Starter_spec_validates_against_its_schema_with_taplo()
    {
        Assert.Equal(0, InProcess.Run(_temp.Path, "init").ExitCode);
        var taplo = ExternalTool.RequireTool("taplo");

        var result = await ExternalTool.RunAsync(taplo, ["check", "ports.toml"], workingDirectory: _temp.Path);

        Assert.True(result.Succeeded, result.ToString());
    }

    public void Dispose() => _temp.Dispose();
}
