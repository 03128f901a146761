using PhantomMesh.BuildPorts.Tests.Support;
using PhantomMesh.BuildPorts.Validation;

namespace PhantomMesh.BuildPorts.Tests.Validation;

/// <summary>Specs of other projects on the same host, named by includes, take part in collision checks.</summary>
public class IncludeTests
{
    private static string Spec(string name, string include, int hostPort, string extra = "") => $"""
        {include}
        [project]
        name = "{name}"

        [containers.{name}]
        image = "nginx:1.27"

        [containers.{name}.ports.http]
        host_port = {hostPort}
        {extra}
        """;

    [Fact]
    public void Collision_with_an_included_project_is_reported_at_our_port_and_names_both_sites()
    {
        using var temp = new TempSpec();
        var neighbour = temp.Write("neighbour/ports.toml", Spec("billing", "", 24510));
        var ours = temp.Write("phantom/ports.toml", Spec("phantom", "includes = [\"../neighbour/ports.toml\"]", 24510));

        var result = SpecCheck.Run(ours);

        var collision = Assert.Single(result.Diagnostics, d => d.Code == "PM1201");
        Assert.Equal(ours, collision.Location.File);
        Assert.Equal(9, collision.Location.Line);
        Assert.Contains("billing.http", collision.Message, StringComparison.Ordinal);
        var related = Assert.Single(collision.Related);
        Assert.Equal(neighbour, related.Location.File);
        Assert.Equal(9, related.Location.Line);
    }

    [Fact]
    public void Included_project_on_other_ports_is_no_collision()
    {
        using var temp = new TempSpec();
        temp.Write("neighbour/ports.toml", Spec("billing", "", 24610));
        var ours = temp.Write("phantom/ports.toml", Spec("phantom", "includes = [\"../neighbour/ports.toml\"]", 24510));

        var result = SpecCheck.Run(ours);

        Assert.Empty(result.Diagnostics);
        Assert.Single(result.Specs!.Included);
    }

    [Fact]
    public void Projects_that_include_each_other_load_once_each()
    {
        using var temp = new TempSpec();
        temp.Write("b/ports.toml", Spec("b", "includes = [\"../a/ports.toml\"]", 24610));
        var a = temp.Write("a/ports.toml", Spec("a", "includes = [\"../b/ports.toml\"]", 24510));

        var result = SpecCheck.Run(a);

        Assert.Empty(result.Diagnostics);
        Assert.Single(result.Specs!.Included);
    }

    [Fact]
    public void Errors_in_an_included_spec_are_reported_in_that_file()
    {
        using var temp = new TempSpec();
        var neighbour = temp.Write("n/ports.toml", "[project\n");
        var ours = temp.Write("o/ports.toml", Spec("o", "includes = [\"../n/ports.toml\"]", 24510));

        var result = SpecCheck.Run(ours);

        Assert.Contains(result.Diagnostics, d => d.Code == "PM1001" && d.Location.File == neighbour);
    }

    [Theory]
    [InlineData("protocol = \"udp\"", "", false)]
    [InlineData("host_ip = \"127.0.0.1\"", "host_ip = \"10.0.0.5\"", false)]
    [InlineData("host_ip = \"127.0.0.1\"", "host_ip = \"127.0.0.1\"", true)]
    [InlineData("host_ip = \"0.0.0.0\"", "host_ip = \"127.0.0.1\"", true)]
    [InlineData("exposure = \"public\"", "host_ip = \"::1\"", true)]
    [InlineData("", "host_ip = \"10.0.0.5\"", false)] // internal: published on 127.0.0.1
    [InlineData("", "host_ip = \"127.0.0.1\"", true)]
    [InlineData("exposure = { allow_from = [\"10.1.0.0/16\"] }", "host_ip = \"10.0.0.5\"", true)] // restricted: on 0.0.0.0
    [InlineData("host_ip = \"::\"", "host_ip = \"10.0.0.5\"", true)]
    public void Addresses_and_protocols_decide_whether_ports_collide(string ourExtra, string theirExtra, bool collides)
    {
        using var temp = new TempSpec();
        temp.Write("n/ports.toml", Spec("n", "", 24510, theirExtra));
        var ours = temp.Write("o/ports.toml", Spec("o", "includes = [\"../n/ports.toml\"]", 24510, ourExtra));

        var result = SpecCheck.Run(ours);

        Assert.Equal(collides, result.Diagnostics.Any(d => d.Code == "PM1201"));
    }

    [Fact]
    public void A_port_reserved_by_an_included_project_is_taken()
    {
        using var temp = new TempSpec();
        temp.Write("n/ports.toml", Spec("n", "", 24610) + "\n[reserved.later]\nport = 24510\n");
        var ours = temp.Write("o/ports.toml", Spec("o", "includes = [\"../n/ports.toml\"]", 24510));

        var result = SpecCheck.Run(ours);

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(("PM1205", ours), (diagnostic.Code, diagnostic.Location.File));
    }

    [Fact]
    public void Every_port_of_ours_that_clashes_with_an_included_port_is_reported()
    {
        using var temp = new TempSpec();
        temp.Write("n/ports.toml", Spec("n", "", 24510, "exposure = \"public\""));
        var ours = temp.Write("o/ports.toml", Spec("o", "includes = [\"../n/ports.toml\"]", 24510, "host_ip = \"127.0.0.1\"")
            + "\n[containers.o.ports.other]\nhost_port = 24510\nhost_ip = \"10.0.0.1\"\n");

        var result = SpecCheck.Run(ours);

        Assert.Equal(2, result.Diagnostics.Count(d => d.Code == "PM1201"));
    }

    [Fact]
    public void A_spec_reached_through_a_link_is_read_once_and_never_collides_with_itself()
    {
        using var temp = new TempSpec();
        temp.Write("b/ports.toml", Spec("b", "includes = [\"../a/ports.toml\"]", 24610));
        temp.Write("a/ports.toml", Spec("a", "includes = [\"../b/ports.toml\"]", 24510));
        Directory.CreateSymbolicLink(Path.Combine(temp.Folder, "alink"), Path.Combine(temp.Folder, "a"));

        var result = SpecCheck.Run(Path.Combine(temp.Folder, "alink", "ports.toml"));

        Assert.Empty(result.Diagnostics);
        Assert.Single(result.Specs!.Included);
    }

    [Theory]
    [InlineData("a\\u0000b")]
    [InlineData("line\\nbreak.toml")]
    public void An_include_that_cannot_be_a_path_is_a_diagnostic(string include)
    {
        var result = TempSpec.Check($"includes = [\"{include}\"]\n[project]\nname = \"x\"\n");

        Assert.Equal("PM1008", Assert.Single(result.Diagnostics).Code);
    }

    [Fact]
    public void Collision_between_two_included_specs_is_theirs_not_ours()
    {
        using var temp = new TempSpec();
        temp.Write("a/ports.toml", Spec("a", "", 24610));
        temp.Write("b/ports.toml", Spec("b", "", 24610));
        var ours = temp.Write("o/ports.toml", Spec("o", "includes = [\"../a/ports.toml\", \"../b/ports.toml\"]", 24510));

        var result = SpecCheck.Run(ours);

        Assert.DoesNotContain(result.Diagnostics, d => d.Code == "PM1201");
    }
}
