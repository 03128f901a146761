using System.Net;
using System.Net.Sockets;
using PhantomMesh.BuildPorts.Cli.Tests.Infrastructure;

namespace PhantomMesh.BuildPorts.Cli.Tests.Commands;

/// <summary>
/// <c>phantom-gen doctor</c> against sockets the test binds itself on 127.0.0.1: a taken port exits 1
/// and is reported TAKEN; once the socket is closed the same spec exits 0.
/// </summary>
public sealed class DoctorTests : IDisposable
{
    private readonly TempFolder _temp = new();

    [Theory]
    [InlineData("tcp", null)]
    [InlineData("tcp", "127.0.0.1")]
    [InlineData("udp", null)]
    [InlineData("udp", "127.0.0.1")]
    public void Port_bound_by_the_test_is_taken_and_free_after_closing(string protocol, string? hostIp)
    {
        int port;
        using (var socket = Bind(protocol))
        {
            port = ((IPEndPoint)socket.LocalEndPoint!).Port;
            WriteSpec(port, protocol, hostIp);

            var taken = InProcess.Run(_temp.Path, "doctor");

            Assert.True(taken.ExitCode == 1, taken.ToString());
            var row = Assert.Single(taken.OutLines, l => l.StartsWith($"{port} ", StringComparison.Ordinal));
            Assert.Contains(" TAKEN ", row, StringComparison.Ordinal);
            Assert.Contains(protocol.ToUpperInvariant(), row, StringComparison.Ordinal);
            Assert.Contains("app.probe", row, StringComparison.Ordinal);
            Assert.Equal("ports.toml: 1 host port of 1 already taken on this machine.", taken.OutLines[^1]);
        }

        var free = InProcess.Run(_temp.Path, "doctor");

        Assert.True(free.ExitCode == 0, free.ToString());
        var freeRow = Assert.Single(free.OutLines, l => l.StartsWith($"{port} ", StringComparison.Ordinal));
        Assert.Contains(" free ", freeRow, StringComparison.Ordinal);
        Assert.Equal("ports.toml: the host port is free.", free.OutLines[^1]);
    }

    [Fact]
    public void Listener_on_another_loopback_address_does_not_take_a_port_published_on_127_0_0_2()
    {
        // Linux answers on all of 127.0.0.0/8; other systems may not have 127.0.0.2.
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        using var socket = Bind("tcp");
        var port = ((IPEndPoint)socket.LocalEndPoint!).Port;
        WriteSpec(port, "tcp", "127.0.0.2");

        var result = InProcess.Run(_temp.Path, "doctor");

        Assert.True(result.ExitCode == 0, result.ToString());
    }

    [Fact]
    public void Header_and_every_port_of_the_spec()
    {
        var result = InProcess.Run(RepoPaths.RepoRoot, "doctor");

        // Whatever this machine runs, every port of the spec gets a row and the exit code matches the summary.
        Assert.StartsWith("Port   Proto  Address", result.OutLines[0], StringComparison.Ordinal);
        Assert.Equal(RepoPaths.PortCount, result.OutLines.Length - 3);
        Assert.Equal(result.OutLines[^1].Contains("already taken", StringComparison.Ordinal) ? 1 : 0, result.ExitCode);
    }

    [Fact]
    public void Spec_with_errors_exits_1_without_probing()
    {
        _temp.Write("ports.toml", TestSpecs.Collision);

        var result = InProcess.Run(_temp.Path, "doctor");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains(result.OutLines, l => l.Contains("error PM1201", StringComparison.Ordinal));
        Assert.DoesNotContain(result.OutLines, l => l.StartsWith("Port ", StringComparison.Ordinal));
    }

    public void Dispose() => _temp.Dispose();

    /// <summary>A socket on 127.0.0.1 and a port the OS picks (free at that moment), listening for tcp.</summary>
    private static Socket Bind(string protocol)
    {
        var tcp = protocol == "tcp";
        var socket = new Socket(AddressFamily.InterNetwork, tcp ? SocketType.Stream : SocketType.Dgram, tcp ? ProtocolType.Tcp : ProtocolType.Udp);
        socket.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        if (tcp)
        {
            socket.Listen(1);
        }

        return socket;
    }

    /// <summary>A spec whose only port is <paramref name="port"/>: the project range is that one port.</summary>
    private void WriteSpec(int port, string protocol, string? hostIp)
        => _temp.Write("ports.toml", $"""
            [project]
            name = "doctor"
            host_range = "{port}-{port}"

            [containers.app]
            image = "nginx:1.27"

            [containers.app.ports.probe]
            host_port = {port}
            container_port = 8080
            protocol = "{protocol}"
            {(hostIp is null ? string.Empty : $"host_ip = \"{hostIp}\"")}

            """);
}
