using System.Text.Json;
using PhantomMesh.BuildPorts.Cli.Tests.Infrastructure;

namespace PhantomMesh.BuildPorts.Cli.Tests.Commands;

/// <summary><c>phantom-gen list</c>: the port table as text, Markdown or JSON, filtered by group or container.</summary>
public sealed class ListTests : IDisposable
{
    private readonly TempFolder _temp = new();

    [Fact]
    public void Table_lists_every_port_of_the_repository_spec_in_port_order()
    {
        var result = InProcess.Run(RepoPaths.RepoRoot, "list");

        Assert.Equal(0, result.ExitCode);
        var lines = result.OutLines;
        Assert.StartsWith("Port   Proto  Container", lines[0], StringComparison.Ordinal);
        Assert.Matches("^[- ]+$", lines[1]);
        var ports = lines.Skip(2).Select(l => int.Parse(l[..5])).ToList();
        Assert.Equal(RepoPaths.PortCount, ports.Count);
        Assert.Equal(ports.Order(), ports);
        Assert.Contains(lines, l => l.StartsWith("24510  UDP    phantom-node", StringComparison.Ordinal));
    }

    [Fact]
    public void Group_and_container_filters()
    {
        var monitoring = InProcess.Run(RepoPaths.RepoRoot, "list", "--group", "monitoring");
        var node = InProcess.Run(RepoPaths.RepoRoot, "list", "--container", "phantom-node");
        var both = InProcess.Run(RepoPaths.RepoRoot, "list", "--group", "monitoring", "--container", "phantom-node");

        Assert.Equal(["24540", "24541", "24550", "24551"], monitoring.OutLines.Skip(2).Select(l => l[..5]));
        Assert.Equal(["24510", "24511", "24512"], node.OutLines.Skip(2).Select(l => l[..5]));
        Assert.Equal(2, both.OutLines.Length); // the header and its rule: no port matches both
        Assert.All([monitoring, node, both], r => Assert.Equal(0, r.ExitCode));
    }

    [Fact]
    public void Markdown_is_a_pipe_table()
    {
        var result = InProcess.Run(RepoPaths.RepoRoot, "list", "--format", "markdown", "--group", "vpn-core");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("| Port | Proto | Container | Name | Service | Container port | Host IP | Group | Health check | Exposure |", result.OutLines[0]);
        Assert.Equal("|---|---|---|---|---|---|---|---|---|---|", result.OutLines[1]);
        Assert.Equal(5, result.OutLines.Length);
        Assert.All(result.OutLines, l => Assert.Equal(11, l.Count(c => c == '|')));
        Assert.StartsWith("| 24510 | UDP | phantom-node | wireguard |", result.OutLines[2], StringComparison.Ordinal);
    }

    [Fact]
    public void Json_has_one_object_per_port()
    {
        var result = InProcess.Run(RepoPaths.RepoRoot, "list", "--format", "json");

        Assert.Equal(0, result.ExitCode);
        using var document = JsonDocument.Parse(result.StdOut);
        var ports = document.RootElement.EnumerateArray().ToList();
        Assert.Equal(RepoPaths.PortCount, ports.Count);
        var wireguard = ports.Single(p => p.GetProperty("hostPort").GetInt32() == 24510);
        Assert.Equal("udp", wireguard.GetProperty("protocol").GetString());
        Assert.Equal("phantom-node", wireguard.GetProperty("container").GetString());
        Assert.Equal("wireguard", wireguard.GetProperty("name").GetString());
        Assert.Equal(51820, wireguard.GetProperty("containerPort").GetInt32());
        Assert.Equal(51820, wireguard.GetProperty("oldPort").GetInt32());
        Assert.Equal("vpn-core", wireguard.GetProperty("group").GetString());
        Assert.Equal(JsonValueKind.Null, wireguard.GetProperty("hostIp").ValueKind);
        Assert.Equal("public", wireguard.GetProperty("exposure").GetString());
        var promtail = ports.Single(p => p.GetProperty("hostPort").GetInt32() == 24551);
        Assert.Equal("127.0.0.1", promtail.GetProperty("hostIp").GetString());
        Assert.Equal(JsonValueKind.Null, promtail.GetProperty("oldPort").ValueKind);
    }

    [Fact]
    public void Spec_with_errors_prints_them_and_exits_1()
    {
        _temp.Write("ports.toml", TestSpecs.Collision);

        var result = InProcess.Run(_temp.Path, "list");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains(result.OutLines, l => l.Contains("error PM1201", StringComparison.Ordinal));
    }

    [Fact]
    public void Unknown_format_exits_2()
    {
        var result = InProcess.Run(RepoPaths.RepoRoot, "list", "--format", "csv");

        Assert.Equal(2, result.ExitCode);
        Assert.Empty(result.StdOut);
    }

    public void Dispose() => _temp.Dispose();
}
