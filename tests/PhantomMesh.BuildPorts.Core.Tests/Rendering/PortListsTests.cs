using PhantomMesh.BuildPorts.Tests.Rendering.Generated;
using PhantomMesh.BuildPorts.Tests.Support;

namespace PhantomMesh.BuildPorts.Tests.Rendering;

/// <summary>
/// The model's port lists (<c>restricted_ports</c>, <c>container.published_ports</c>, ...) hold exactly the ports, in
/// the same order, that the filters over <c>ports</c> the built-in templates used before gave, for the repository's
/// spec in every environment.
/// </summary>
public sealed class PortListsTests
{
    private const string Template = """
        {{- func keys(list); ret list | array.each @(do; ret $0.container + "." + $0.name + "/" + $0.protocol; end) | array.join ","; end
        func check(label, list, filtered); ret label + "=" + list.size + (keys(list) == keys(filtered) ? " same" : " DIFFERS: " + keys(list) + " vs " + keys(filtered)) + "\n"; end -}}
        {{ check "ungrouped_ports" ungrouped_ports (ports | array.filter @(do; ret $0.group == null; end)) -}}
        {{ check "restricted_ports" restricted_ports (ports | array.filter @(do; ret $0.exposure.kind == "restricted" && $0.published; end)) -}}
        {{ check "internal_ports" internal_ports (ports | array.filter @(do; ret $0.exposure.kind == "internal" || $0.exposure.kind == "unpublished"; end)) -}}
        {{ check "host_checked_ports" host_checked_ports (ports | array.filter @(do; ret $0.health.kind == "http" && $0.published; end)) -}}
        {{ check "container_checked_ports" container_checked_ports (ports | array.filter @(do; ret $0.health.kind == "command" || ($0.health.kind == "http" && !$0.published); end)) -}}
        {{ for c in containers -}}
        {{ check ("published_ports of " + c.name) c.published_ports (c.ports | array.filter @(do; ret $0.published; end)) -}}
        {{ check ("unpublished_ports of " + c.name) c.unpublished_ports (c.ports | array.filter @(do; ret !$0.published; end)) -}}
        {{ end -}}
        """;

    [Theory]
    [MemberData(nameof(GoldenOutputTests.Environments), MemberType = typeof(GoldenOutputTests))]
    public void Each_list_holds_what_its_filter_over_the_ports_gave(string environment)
    {
        using var temp = new TempSpec();
        temp.Write(Path.Combine("templates", "lists.txt.sbn"), Template);

        var lists = GeneratedOutput.RenderOnly(RepoPaths.PortsToml, Path.Combine(temp.Folder, "templates"), Path.Combine(temp.Folder, "out"), environment.Length == 0 ? null : environment)
            .Files.Single(f => f.RelativePath == "lists.txt").Content;

        Assert.DoesNotContain("DIFFERS", lists, StringComparison.Ordinal);
        Assert.Contains("\nrestricted_ports=", lists, StringComparison.Ordinal);
        Assert.DoesNotContain("\nrestricted_ports=0 ", lists, StringComparison.Ordinal);
        Assert.DoesNotContain("\ninternal_ports=0 ", lists, StringComparison.Ordinal);
        Assert.DoesNotContain("\nhost_checked_ports=0 ", lists, StringComparison.Ordinal);
    }
}
