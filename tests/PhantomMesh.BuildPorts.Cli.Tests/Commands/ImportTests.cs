using PhantomMesh.BuildPorts.Cli.Tests.Infrastructure;

namespace PhantomMesh.BuildPorts.Cli.Tests.Commands;

/// <summary><c>phantom-gen import</c>: writes a spec from Compose files, checks it, lists what it cannot carry; never overwrites without --force.</summary>
public sealed class ImportTests : IDisposable
{
    private const string Compose = """
        services:
          web:
            image: nginx:1.27
            ports:
              - "127.0.0.1:18080:80"
              - "9000"
          host:
            image: example/agent
            network_mode: host
        """;

    private readonly TempFolder _temp = new();

    [Fact]
    public void Writes_the_spec_checks_it_and_lists_what_it_cannot_carry_on_stderr()
    {
        _temp.Write("docker-compose.yml", Compose);

        var result = InProcess.Run(_temp.Path, "import", "docker-compose.yml");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal("wrote ports.toml", result.OutLines[0]);
        Assert.Equal("ports.toml: 1 port, 0 errors, 0 warnings", result.OutLines[^1]);
        Assert.Equal(
            ["phantom-gen: not carried over: docker-compose.yml:9: service 'host' uses network_mode: host; its processes bind host ports the spec cannot list.",
             "phantom-gen: not carried over: docker-compose.yml:6: service 'web' ports entry \"9000\" has no host port; Docker picks one when the stack starts."],
            result.ErrLines);
        Assert.Equal(0, InProcess.Run(_temp.Path, "check").ExitCode);
    }

    [Fact]
    public void Refuses_to_overwrite_without_force_and_overwrites_with_it()
    {
        _temp.Write("docker-compose.yml", Compose);
        _temp.Write("ports.toml", "# mine\n");

        var refused = InProcess.Run(_temp.Path, "import", "docker-compose.yml");
        var forced = InProcess.Run(_temp.Path, "import", "docker-compose.yml", "--force");

        Assert.Equal(1, refused.ExitCode);
        Assert.Contains("ports.toml already exists; nothing was written. Pass --force to overwrite.", refused.StdErr, StringComparison.Ordinal);
        Assert.Equal(0, forced.ExitCode);
        Assert.Contains("[containers.web.ports.tcp-18080]", _temp.Read("ports.toml"), StringComparison.Ordinal);
    }

    [Fact]
    public void Split_writes_the_compose_file_without_ports_beside_the_original_and_leaves_the_original()
    {
        _temp.Write("docker-compose.yml", Compose);

        var result = InProcess.Run(_temp.Path, "import", "docker-compose.yml", "--split", "--out", "spec.toml");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(["wrote docker-compose.base.yml", "wrote spec.toml"], result.OutLines[..2]);
        Assert.Equal(Compose, _temp.Read("docker-compose.yml"));
        Assert.Equal("services:\n  web:\n    image: nginx:1.27\n    ports:\n      - \"9000\"\n  host:\n    image: example/agent\n    network_mode: host", _temp.Read("docker-compose.base.yml"));
        Assert.Contains("outputs = \"ports-only\"\ncompose_file = \"docker-compose.base.yml\"\n", _temp.Read("spec.toml"), StringComparison.Ordinal);
    }

    [Fact]
    public void In_place_removes_the_ports_from_the_original()
    {
        _temp.Write("compose.yaml", "services:\n  web:\n    image: nginx\n    ports:\n      - \"18080:80\"\n    restart: always\n");

        var result = InProcess.Run(_temp.Path, "import", "compose.yaml", "--split", "--in-place");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal("services:\n  web:\n    image: nginx\n    restart: always\n", _temp.Read("compose.yaml"));
        Assert.Contains("compose_file = \"compose.yaml\"", _temp.Read("ports.toml"), StringComparison.Ordinal);
    }

    [Fact]
    public void Groups_by_service_give_each_service_its_range()
    {
        _temp.Write("docker-compose.yml", "services:\n  a:\n    image: x\n    ports: [\"18080:80\", \"18081:81\"]\n  b:\n    image: y\n    ports: [\"18090:90\"]\n");

        var result = InProcess.Run(_temp.Path, "import", "docker-compose.yml", "--groups", "service");

        Assert.True(result.ExitCode == 0, result.ToString());
        var spec = _temp.Read("ports.toml");
        Assert.Contains("[groups.a]\ntitle = \"a\"\nrange = \"18080-18081\"", spec, StringComparison.Ordinal);
        Assert.Contains("[groups.b]\ntitle = \"b\"\nrange = \"18090-18090\"", spec, StringComparison.Ordinal);
        Assert.Contains("group = \"b\"", spec, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_file_is_exit_2_and_a_bad_one_exit_1_with_its_location()
    {
        _temp.Write("bad.yml", "services:\n  web:\n    ports:\n      - \"80:abc\"\n");

        var missing = InProcess.Run(_temp.Path, "import", "nope.yml");
        var bad = InProcess.Run(_temp.Path, "import", "bad.yml");

        Assert.Equal(2, missing.ExitCode);
        Assert.Equal("phantom-gen: nope.yml does not exist.", missing.ErrLines.Single());
        Assert.Equal(1, bad.ExitCode);
        Assert.StartsWith("bad.yml(4,9): error PM1106:", bad.StdOut + bad.StdErr, StringComparison.Ordinal);
        Assert.False(_temp.Exists("ports.toml"));
    }

    public void Dispose() => _temp.Dispose();
}
