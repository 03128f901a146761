using PhantomMesh.BuildPorts.Tests.Infrastructure;
using PhantomMesh.BuildPorts.Tests.Support;
using PhantomMesh.BuildPorts.Validation;

namespace PhantomMesh.BuildPorts.Tests.Environments;

/// <summary>
/// Two checkouts of the PhantomMesh stack on one laptop: the second includes the first, and each
/// runs in its "laptop" environment. The second's port_offset keeps them apart.
/// </summary>
public class TwoCopiesTests
{
    [Fact]
    public void Copies_with_port_offset_0_and_100_check_together_without_an_error()
    {
        var result = CheckSecondCopy(firstOffset: 0, secondOffset: 100);

        Assert.False(result.HasErrors, string.Join("\n", result.Diagnostics));
        Assert.Equal(2, result.Specs!.All.Count());
        Assert.All(result.Specs.Root.Ports, p => Assert.InRange(p.HostPort.Value, 24600, 24699));
        Assert.All(result.Specs.Included.Single().Ports, p => Assert.InRange(p.HostPort.Value, 24500, 24599));
    }

    [Fact]
    public void Copies_with_the_same_offset_collide_on_every_published_port()
    {
        var result = CheckSecondCopy(firstOffset: 100, secondOffset: 100);

        var collisions = result.Diagnostics.Where(d => d.Code == "PM1201").ToList();
        var published = result.Specs!.Root.Ports.Count(p => p.IsPublished);
        Assert.Equal(published, collisions.Count);
        Assert.All(collisions, d => Assert.Equal("laptop", d.Environment));
        Assert.All(collisions, d => Assert.Contains("first/ports.toml", Assert.Single(d.Related).Location.File, StringComparison.Ordinal));
    }

    private static SpecCheckResult CheckSecondCopy(int firstOffset, int secondOffset)
    {
        using var temp = new TempSpec();
        var stack = File.ReadAllText(RepoPaths.PortsToml);
        temp.Write("first/ports.toml", stack + Laptop(firstOffset));
        var second = temp.Write("second/ports.toml", "includes = [\"../first/ports.toml\"]\n" + stack + Laptop(secondOffset));
        return SpecCheck.Run(second, environment: "laptop");
    }

    private static string Laptop(int offset) => $"""

        [environments.laptop]
        host_ip = "127.0.0.1"
        port_offset = {offset}

        """;
}
