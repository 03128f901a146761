namespace PhantomMesh.BuildPorts.Cli.Tests.Infrastructure;

/// <summary>Small specs, good and bad, that the CLI tests write to temp folders.</summary>
public static class TestSpecs
{
    public static readonly string Project = SpecText.CoreProject("test", network: "test-net");

    /// <summary>One port, no diagnostic at all.</summary>
    public static readonly string Valid = Project + SpecText.Of(
        SpecText.Container("app", service: "app"),
        SpecText.Port("app", "http", 24510, 8080, SpecText.InGroup(), "health = { http = \"/health\" }"));

    /// <summary>PM1201 at the second <c>24510</c>, with the first as its related location.</summary>
    public static readonly string Collision = Project + SpecText.Of(
        SpecText.Container("app", service: "app"),
        SpecText.Port("app", "http", 24510, 8080, SpecText.InGroup()),
        SpecText.Container("web", service: "web"),
        SpecText.Port("web", "http", 24510, 80, SpecText.InGroup()));

    /// <summary>Only a warning: PM2001, host port 24554 is IANA-registered (binkp).</summary>
    public static readonly string WarningOnly = SpecText.Of(
        SpecText.Project("test", $"host_range = \"{SpecText.HostRange}\""),
        SpecText.Container("app", service: "app"),
        SpecText.Port("app", "binkp", 24554, 8080));

    /// <summary>PM1001: a table header without its closing bracket.</summary>
    public static readonly string SyntaxError = Project + """
        [containers.app
        image = "nginx:1.27"

        """;

    /// <summary>PM1003 (a misspelt key), PM1002 (a quoted number) and PM1102 (an unknown protocol).</summary>
    public static readonly string BadKeys = Project + SpecText.Of(
        SpecText.Table("containers.app", $"image = \"{SpecText.Image}\"", "servise = \"app\""),
        SpecText.Table("containers.app.ports.http", "host_port = \"24510\"", "container_port = 8080", SpecText.InGroup(), "protocol = \"tcpx\""));

    /// <summary>PM1205 (a reserved port), PM1010 (an undefined group) and the warning PM2006.</summary>
    public static readonly string Reserved = Project + SpecText.Of(
        SpecText.Table("reserved.later", "port = 24511"),
        SpecText.Container("app"),
        SpecText.Port("app", "http", 24511, 8080, SpecText.InGroup()),
        SpecText.Port("app", "https", 24512, 8080, SpecText.InGroup("nogroup")));

    /// <summary>PM1008: an included spec that does not exist.</summary>
    public static readonly string MissingInclude = "includes = [\"missing.toml\"]\n" + Project;

    /// <inheritdoc cref="SpecText.PositionOf"/>
    public static (int Line, int Column) PositionOf(string text, string needle, int occurrence = 1, string? target = null)
        => SpecText.PositionOf(text, needle, occurrence, target);
}
