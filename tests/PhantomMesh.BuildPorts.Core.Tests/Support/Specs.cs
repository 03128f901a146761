namespace PhantomMesh.BuildPorts.Tests.Support;

/// <summary>Small specs to build test cases from.</summary>
public static class Specs
{
    public static readonly string Project = SpecText.Of(SpecText.CoreProject("test"), SpecText.Group("monitoring", "24540-24559"));

    /// <summary>A valid spec with one container; <paramref name="portBody"/> is the body of its port table.</summary>
    public static string OnePort(string portBody, string containerExtra = "service = \"app\"")
        => Project + SpecText.Of(SpecText.Table("containers.app", $"image = \"{SpecText.Image}\"", containerExtra), $"[containers.app.ports.http]\n{portBody}");

    public const string ValidPort = """
        host_port = 24510
        container_port = 8080
        group = "core"
        """;
}
