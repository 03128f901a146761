namespace PhantomMesh.BuildPorts.Docker.Tests.Infrastructure;

/// <summary>
/// A short id, unique per use, in every name a test gives Docker or the kernel (images, compose
/// projects, networks, namespaces, links), and the label on every image it builds, so leftovers
/// can be found and two runs on one engine never share anything.
/// </summary>
public static class RunLabel
{
    /// <summary>The image label key; its value is the id of the run that built the image.</summary>
    public const string Key = "org.phantom-gen.test-run";

    /// <summary>Eight lower-case hex digits: fits compose project names and 15-character link names.</summary>
    public static string NewId() => Guid.NewGuid().ToString("N")[..8];
}
