using System.Text;
using PhantomMesh.BuildPorts.Tests.Infrastructure;
using PhantomMesh.BuildPorts.Tests.Rendering.Generated;

namespace PhantomMesh.BuildPorts.Tests.Rendering;

/// <summary>
/// PhantomMesh's generated files, byte for byte, for the base spec and each environment. The
/// expected files live under Rendering/Expected/phantommesh/ (the base) and
/// Rendering/Expected/phantommesh-ENV/ at the paths the build writes them to.
///
/// After an intended change to ports.toml, templates/ or a built-in template, regenerate them
/// and review the diff before committing:
///
///     PHANTOM_UPDATE_EXPECTED=1 dotnet test --filter FullyQualifiedName~GoldenOutputTests
///
/// With that variable set to 1 the test rewrites the folder (deleting files no template writes
/// any more) instead of comparing.
/// </summary>
public sealed class GoldenOutputTests
{
    public static readonly string[] PhantomMeshOutputs =
    [
        "docker-compose.yml",
        "k8s/base/services/services.yaml",
        "k8s/base/services/kustomization.yaml",
        "prometheus/prometheus.yml",
        "prometheus/alerts.yml",
        "grafana/provisioning/datasources/datasources.yaml",
        "firewall/ufw.sh",
        "firewall/docker-user.sh",
        "firewall/docker-user.nft",
        "PORTS.md",
        "scripts/smoke.sh",
        "Dockerfile.node",
        "Dockerfile.agents",
        "Dockerfile.discovery",
    ];

    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The base spec (empty string) and the repository spec's environments.</summary>
    public static TheoryData<string> Environments => [string.Empty, "dev", "prod", "k8s"];

    private static string ExpectedFolderOf(string environment)
        => Path.Combine(RepoPaths.RepoRoot, "tests", "PhantomMesh.BuildPorts.Core.Tests", "Rendering", "Expected", environment.Length == 0 ? "phantommesh" : $"phantommesh-{environment}");

    private static bool Updating => Environment.GetEnvironmentVariable("PHANTOM_UPDATE_EXPECTED") == "1";

    private static IReadOnlyList<RenderedFileView> Render(string environment)
        => GeneratedOutput.RenderOnly(RepoPaths.PortsToml, SampleSpecs.RepoTemplates, Path.Combine(Path.GetTempPath(), "pm-golden-unused"), environment.Length == 0 ? null : environment)
            .Files.Select(f => new RenderedFileView(f.RelativePath, f.Content)).ToList();

    [Theory]
    [MemberData(nameof(Environments))]
    public void PhantomMesh_renders_exactly_the_expected_set_of_files(string environment)
    {
        var paths = Render(environment).Select(f => f.RelativePath);

        string[] expected = environment == "k8s" ? [.. PhantomMeshOutputs, "k8s/base/services/network-policies.yaml"] : PhantomMeshOutputs;
        Assert.Equal(expected.Order(StringComparer.Ordinal), paths.Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Environments))]
    public void PhantomMesh_files_match_the_committed_expected_files_byte_for_byte(string environment)
    {
        var files = Render(environment);
        var expectedFolder = ExpectedFolderOf(environment);
        if (Updating)
        {
            Rewrite(expectedFolder, files);
            return;
        }

        var expectedPaths = Directory.EnumerateFiles(expectedFolder, "*", SearchOption.AllDirectories)
            .Select(p => Path.GetRelativePath(expectedFolder, p).Replace('\\', '/'))
            .Order(StringComparer.Ordinal);
        Assert.Equal(expectedPaths, files.Select(f => f.RelativePath).Order(StringComparer.Ordinal));

        foreach (var file in files)
        {
            var expected = File.ReadAllBytes(Path.Combine(expectedFolder, file.RelativePath));
            var actual = Utf8NoBom.GetBytes(file.Content);
            if (!expected.AsSpan().SequenceEqual(actual))
            {
                Assert.Fail($"{file.RelativePath} differs from Expected/{Path.GetFileName(expectedFolder)}/{file.RelativePath} at {FirstDifference(Utf8NoBom.GetString(expected), file.Content)}. " +
                            "If the change is intended, run the tests with PHANTOM_UPDATE_EXPECTED=1 and review the diff.");
            }
        }
    }

    [Theory]
    [MemberData(nameof(Environments))]
    public void Rendering_twice_gives_the_same_bytes_with_lf_line_endings_only(string environment)
    {
        var first = Render(environment);
        var second = Render(environment);

        Assert.Equal(first, second);
        Assert.All(first, f => Assert.DoesNotContain('\r', f.Content));
        Assert.All(first, f => Assert.EndsWith("\n", f.Content, StringComparison.Ordinal));
        Assert.All(first, f => Assert.DoesNotContain(" \n", f.Content, StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Environments))]
    public void No_expected_file_names_a_machine_path(string environment)
    {
        foreach (var file in Render(environment))
        {
            Assert.DoesNotContain(RepoPaths.RepoRoot, file.Content, StringComparison.Ordinal);
            Assert.DoesNotContain(Path.GetTempPath(), file.Content, StringComparison.Ordinal);
        }
    }

    private static void Rewrite(string expectedFolder, IReadOnlyList<RenderedFileView> files)
    {
        if (Directory.Exists(expectedFolder))
        {
            Directory.Delete(expectedFolder, recursive: true);
        }

        foreach (var file in files)
        {
            var path = Path.Combine(expectedFolder, file.RelativePath);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllBytes(path, Utf8NoBom.GetBytes(file.Content));
        }
    }

    private static string FirstDifference(string expected, string actual)
    {
        var expectedLines = expected.Split('\n');
        var actualLines = actual.Split('\n');
        for (var i = 0; i < Math.Max(expectedLines.Length, actualLines.Length); i++)
        {
            var e = i < expectedLines.Length ? expectedLines[i] : "(end of file)";
            var a = i < actualLines.Length ? actualLines[i] : "(end of file)";
            if (e != a)
            {
                return $"line {i + 1}:\n  expected: {e}\n  actual:   {a}";
            }
        }

        return "the bytes (encoding or a final newline)";
    }
}

/// <summary>A rendered file's path and content, compared by value.</summary>
public sealed record RenderedFileView(string RelativePath, string Content);
