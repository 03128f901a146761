using PhantomMesh.BuildPorts.Cli.Tests.Infrastructure;

namespace PhantomMesh.BuildPorts.Cli.Tests.Commands;

/// <summary><c>phantom-gen next</c>: free host ports, skipping used, reserved and IANA-registered ones.</summary>
public sealed class NextTests : IDisposable
{
    private readonly TempFolder _temp = new();

    [Fact]
    public void Monitoring_skips_used_reserved_and_IANA_registered_ports()
    {
        // 24540, 24541, 24550 and 24551 are used, 24542 is reserved (grafana-api) and 24554 is
        // IANA's binkp: 14 ports are left in 24540-24559.
        var result = InProcess.Run(RepoPaths.RepoRoot, "next", "monitoring", "--count", "14");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(
            ["24543", "24544", "24545", "24546", "24547", "24548", "24549", "24552", "24553", "24555", "24556", "24557", "24558", "24559"],
            result.OutLines);
        Assert.Empty(result.StdErr);
    }

    [Fact]
    public void Fewer_free_than_asked_lists_them_and_exits_1()
    {
        var result = InProcess.Run(RepoPaths.RepoRoot, "next", "monitoring", "--count", "15");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(14, result.OutLines.Length);
        Assert.Equal("phantom-gen: only 14 of the 15 requested ports are free in 24540-24559.", result.ErrLines.Single());
    }

    [Fact]
    public void Default_is_one_port_of_the_project_range()
    {
        var result = InProcess.Run(RepoPaths.RepoRoot, "next");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(["24500"], result.OutLines);
    }

    [Fact]
    public void Range_option_allocates_outside_the_groups()
    {
        // 24577 is IANA's bilobit; the reserved block 24580-24599 is skipped too.
        var result = InProcess.Run(RepoPaths.RepoRoot, "next", "--range", "24575-24585", "--count", "1");
        var crowded = InProcess.Run(RepoPaths.RepoRoot, "next", "--range", "24576-24599", "--count", "2");

        Assert.Equal(["24578"], crowded.OutLines.Take(1));
        Assert.Equal(["24578", "24579"], crowded.OutLines);
        Assert.Equal(0, crowded.ExitCode);
        Assert.Equal(0, result.ExitCode);
        Assert.Equal(["24578"], result.OutLines);
    }

    [Theory]
    [InlineData("no-such-group")]
    public void Unknown_group_exits_2_and_names_the_groups(string group)
    {
        var result = InProcess.Run(RepoPaths.RepoRoot, "next", group);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("groups: vpn-core, agent-framework, discovery, monitoring, system-metrics", result.StdErr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--range", "abc")]
    [InlineData("--range", "24599-24500")]
    [InlineData("--range", "0-10")]
    [InlineData("--count", "0")]
    [InlineData("--count", "many")]
    public void Bad_option_values_exit_2(string option, string value)
    {
        var result = InProcess.Run(RepoPaths.RepoRoot, "next", option, value);

        Assert.Equal(2, result.ExitCode);
        Assert.Empty(result.StdOut);
        Assert.NotEmpty(result.StdErr);
    }

    [Fact]
    public void Spec_without_host_range_needs_a_group_or_a_range()
    {
        _temp.Write("ports.toml", "[project]\nname = \"bare\"\n");

        var bare = InProcess.Run(_temp.Path, "next");
        var ranged = InProcess.Run(_temp.Path, "next", "--range", "24600-24602", "--count", "3");

        Assert.Equal(2, bare.ExitCode);
        Assert.Contains("no [project] host_range", bare.StdErr, StringComparison.Ordinal);
        Assert.Equal(0, ranged.ExitCode);
        Assert.Equal(["24600", "24601", "24602"], ranged.OutLines);
    }

    [Fact]
    public void Spec_with_errors_exits_1()
    {
        _temp.Write("ports.toml", TestSpecs.Collision);

        var result = InProcess.Run(_temp.Path, "next", "core");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains(result.OutLines, l => l.Contains("error PM1201", StringComparison.Ordinal));
    }

    public void Dispose() => _temp.Dispose();
}
