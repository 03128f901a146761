using System.Collections.Concurrent;
using PhantomMesh.BuildPorts.Tests.Infrastructure;

namespace PhantomMesh.BuildPorts.Tests.Rendering.Generated;

/// <summary>The specs whose generated files every consumer must accept.</summary>
public static class SampleSpecs
{
    /// <summary>The repository's ports.toml with its templates/ folder over the built-ins.</summary>
    public const string PhantomMesh = "phantommesh";

    /// <summary>The repository's ports.toml in its environments: a laptop, production, Kubernetes.</summary>
    public const string PhantomMeshDev = "phantommesh-dev";

    public const string PhantomMeshProd = "phantommesh-prod";

    public const string PhantomMeshKubernetes = "phantommesh-k8s";

    /// <summary>The environment of the repository's spec a sample renders, or null for the others.</summary>
    public static string? EnvironmentOf(string name)
        => name.StartsWith(PhantomMesh + "-", StringComparison.Ordinal) ? name[(PhantomMesh.Length + 1)..] : null;

    /// <summary><see cref="HostileSpec"/>: quotes, newlines, '$(...)', '${...}', backticks and '{{ }}' everywhere the spec allows them.</summary>
    public const string Hostile = "hostile";

    /// <summary>One built container, no service, network, metrics or health check: every "none" branch of the built-ins.</summary>
    public const string Minimal = "minimal";

    public static readonly string MinimalSpec = SpecText.Of(
        SpecText.Project("minimal"),
        SpecText.Table("containers.app", "dockerfile = \"Dockerfile\""),
        SpecText.Port("app", "http", 18080, 8080));

    public static TheoryData<string> All => [PhantomMesh, PhantomMeshDev, PhantomMeshProd, PhantomMeshKubernetes, Hostile, Minimal];

    /// <summary>The repository's own templates folder.</summary>
    public static string RepoTemplates => Path.Combine(RepoPaths.RepoRoot, "templates");

    public static GeneratedOutput Render(string name) => name switch
    {
        PhantomMesh or PhantomMeshDev or PhantomMeshProd or PhantomMeshKubernetes => GeneratedOutput.FromFile(RepoPaths.PortsToml, RepoTemplates, EnvironmentOf(name)),
        Hostile => GeneratedOutput.FromText(new HostileSpec(HostileSpec.Destructive).Toml),
        Minimal => GeneratedOutput.FromText(MinimalSpec),
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "no such sample spec"),
    };
}

/// <summary>Renders each sample spec once per test class and deletes the files afterwards.</summary>
public sealed class SampleOutputs : IDisposable
{
    private readonly ConcurrentDictionary<string, Lazy<GeneratedOutput>> _outputs = new(StringComparer.Ordinal);

    public GeneratedOutput this[string name] => _outputs.GetOrAdd(name, n => new Lazy<GeneratedOutput>(() => SampleSpecs.Render(n))).Value;

    public void Dispose()
    {
        foreach (var output in _outputs.Values.Where(o => o.IsValueCreated))
        {
            output.Value.Dispose();
        }
    }
}
