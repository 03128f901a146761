using PhantomMesh.BuildPorts.Generation;

namespace PhantomMesh.BuildPorts.Docker.Tests.Infrastructure;

/// <summary>The files generated from a <see cref="TestSpec"/>, as the built-in (or a test's own) templates write them.</summary>
public sealed class Deployment
{
    private Deployment(TestSpec spec, string folder)
    {
        Spec = spec;
        Folder = folder;
    }

    public TestSpec Spec { get; }

    /// <summary>The output folder: docker-compose.yml, prometheus/, firewall/, scripts/, ...</summary>
    public string Folder { get; }

    public string File(string relativePath) => Path.Combine(Folder, relativePath);

    /// <summary>
    /// Writes <paramref name="spec"/> to <paramref name="work"/> and generates from it in process; a
    /// templates folder the test names joins (or overrides) the built-in templates.
    /// </summary>
    public static Deployment Generate(TempFolder work, TestSpec spec, string? templatesFolder = null)
    {
        var result = Generator.Run(new GenerationOptions
        {
            SpecPath = work.Write("ports.toml", spec.ToToml()),
            OutputFolder = work.Combine("deploy"),
            TemplatesFolder = templatesFolder ?? work.Combine("templates"),
        });
        Assert.True(result.Succeeded,
            "generate failed:\n" + string.Join('\n', result.Diagnostics) + "\n--- spec ---\n" + spec.ToToml());
        return new Deployment(spec, work.Combine("deploy"));
    }
}
