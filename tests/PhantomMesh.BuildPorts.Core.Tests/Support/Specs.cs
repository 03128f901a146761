namespace PhantomMesh.BuildPorts.Tests.Support;

/// <summary>Small specs to build test cases from.</summary>
public static class Specs
{
    public const string Project = """
        [project]
        name = "test"
        host_range = "24500-24599"

        [groups.core]
        range = "24510-24519"

        [groups.monitoring]
        range = "24540-24559"

        """;

    /// <summary>A valid spec with one container; <paramref name="portBody"/> is the body of its port table.</summary>
    public static string OnePort(string portBody, string containerExtra = "service = \"app\"") => Project + $"""
        [containers.app]
        image = "nginx:1.27"
        {containerExtra}

        [containers.app.ports.http]
        {portBody}
        """;

    public const string ValidPort = """
        host_port = 24510
        container_port = 8080
        group = "core"
        """;
}
