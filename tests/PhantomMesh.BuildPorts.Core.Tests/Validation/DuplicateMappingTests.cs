using PhantomMesh.BuildPorts.Tests.Support;

namespace PhantomMesh.BuildPorts.Tests.Validation;

/// <summary>One container declaring a mapping on several addresses: only overlapping declarations are duplicates.</summary>
public class DuplicateMappingTests
{
    private static string Mapping(string name, string hostIp) => $"""

        [containers.a.ports.{name}]
        host_port = 24510
        container_port = 80
        host_ip = "{hostIp}"

        """;

    private const string Container = "[project]\nname = \"t\"\n[containers.a]\nimage = \"nginx:1.27\"\n";

    [Fact]
    public void A_repeat_on_a_later_address_is_caught_even_when_the_first_declaration_is_elsewhere()
    {
        var result = TempSpec.Check(Container + Mapping("p1", "127.0.0.1") + Mapping("p2", "10.0.0.1") + Mapping("p3", "10.0.0.1"));

        var duplicate = Assert.Single(result.Diagnostics);
        Assert.Equal("PM1206", duplicate.Code);
        Assert.Contains("'p3'", duplicate.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_same_mapping_on_separate_addresses_is_fine()
    {
        var result = TempSpec.Check(Container + Mapping("p1", "127.0.0.1") + Mapping("p2", "10.0.0.1"));

        Assert.Empty(result.Diagnostics);
    }
}
