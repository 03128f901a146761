namespace PhantomMesh.BuildPorts.Cli.Tests.Infrastructure;

/// <summary>Small specs, good and bad, that the CLI tests write to temp folders.</summary>
public static class TestSpecs
{
    public const string Project = """
        [project]
        name = "test"
        host_range = "24500-24599"
        network = "test-net"

        [groups.core]
        range = "24510-24519"

        """;

    /// <summary>One port, no diagnostic at all.</summary>
    public const string Valid = Project + """
        [containers.app]
        image = "nginx:1.27"
        service = "app"

        [containers.app.ports.http]
        host_port = 24510
        container_port = 8080
        group = "core"
        health = { http = "/health" }

        """;

    /// <summary>PM1201 at the second <c>24510</c>, with the first as its related location.</summary>
    public const string Collision = Project + """
        [containers.app]
        image = "nginx:1.27"
        service = "app"

        [containers.app.ports.http]
        host_port = 24510
        container_port = 8080
        group = "core"

        [containers.web]
        image = "nginx:1.27"
        service = "web"

        [containers.web.ports.http]
        host_port = 24510
        container_port = 80
        group = "core"

        """;

    /// <summary>Only a warning: PM2001, host port 24554 is IANA-registered (binkp).</summary>
    public const string WarningOnly = """
        [project]
        name = "test"
        host_range = "24500-24599"

        [containers.app]
        image = "nginx:1.27"
        service = "app"

        [containers.app.ports.binkp]
        host_port = 24554
        container_port = 8080

        """;

    /// <summary>PM1001: a table header without its closing bracket.</summary>
    public const string SyntaxError = Project + """
        [containers.app
        image = "nginx:1.27"

        """;

    /// <summary>PM1003 (a misspelt key), PM1002 (a quoted number) and PM1102 (an unknown protocol).</summary>
    public const string BadKeys = Project + """
        [containers.app]
        image = "nginx:1.27"
        servise = "app"

        [containers.app.ports.http]
        host_port = "24510"
        container_port = 8080
        group = "core"
        protocol = "tcpx"

        """;

    /// <summary>PM1205 (a reserved port), PM1010 (an undefined group) and the warning PM2006.</summary>
    public const string Reserved = Project + """
        [reserved.later]
        port = 24511

        [containers.app]
        image = "nginx:1.27"

        [containers.app.ports.http]
        host_port = 24511
        container_port = 8080
        group = "core"

        [containers.app.ports.https]
        host_port = 24512
        container_port = 8080
        group = "nogroup"

        """;

    /// <summary>PM1008: an included spec that does not exist.</summary>
    public const string MissingInclude = "includes = [\"missing.toml\"]\n" + Project;

    /// <summary>
    /// The 1-based line and column of <paramref name="target"/> inside the <paramref name="occurrence"/>-th
    /// <paramref name="needle"/> of <paramref name="text"/> (of the needle itself when no target is given).
    /// </summary>
    public static (int Line, int Column) PositionOf(string text, string needle, int occurrence = 1, string? target = null)
    {
        var index = -1;
        for (var i = 0; i < occurrence; i++)
        {
            index = text.IndexOf(needle, index + 1, StringComparison.Ordinal);
            Assert.True(index >= 0, $"'{needle}' occurs fewer than {occurrence} times");
        }

        index += target is null ? 0 : needle.IndexOf(target, StringComparison.Ordinal);
        var before = text[..index];
        var line = before.Count(c => c == '\n') + 1;
        var column = index - (before.LastIndexOf('\n') + 1) + 1;
        return (line, column);
    }
}
