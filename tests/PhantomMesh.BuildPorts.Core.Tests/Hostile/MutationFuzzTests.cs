using System.Diagnostics;
using PhantomMesh.BuildPorts.Generation;

using PhantomMesh.BuildPorts.Tests.Support;
using Xunit.Abstractions;

namespace PhantomMesh.BuildPorts.Tests.Hostile;

/// <summary>
/// Mutations of the repository's ports.toml, from fixed seeds: no exception escapes Core, and a run
/// that reports an error writes nothing. Bounded by a count and by about 30 seconds.
/// </summary>
public sealed class MutationFuzzTests(ITestOutputHelper output)
{
    private const int MaxCases = 20_000;
    private static readonly TimeSpan Budget = TimeSpan.FromSeconds(30);

    [Fact]
    public void Mutated_specs_never_throw_and_never_write_while_errors_exist()
    {
        var original = File.ReadAllText(RepoPaths.PortsToml);
        using var temp = new TempSpec();
        var outputFolder = Path.Combine(temp.Folder, "out");
        var templates = Path.Combine(RepoPaths.RepoRoot, "templates");
        var spec = Path.Combine(temp.Folder, "ports.toml");
        File.WriteAllText(spec, original);
        Assert.True(Generator.Run(Options(spec, templates, outputFolder)).Succeeded);
        var snapshot = FolderSnapshot.Take(outputFolder);

        var clock = Stopwatch.StartNew();
        int cases = 0, rejected = 0;
        for (var seed = 1; cases < MaxCases && clock.Elapsed < Budget; seed++)
        {
            var mutator = new SpecMutator(seed);
            var mutated = mutator.Mutate(original, 1 + (seed % 4));
            File.WriteAllText(spec, mutated);

            GenerationResult result;
            try
            {
                result = Generator.Run(Options(spec, templates, outputFolder));
            }
            catch (Exception exception)
            {
                Assert.Fail($"Seed {seed}: {exception.GetType().Name} escaped Core: {exception.Message}\n--- spec ---\n{mutated}");
                throw;
            }

            cases++;
            if (result.Succeeded)
            {
                snapshot = FolderSnapshot.Take(outputFolder); // a valid mutation may legitimately rewrite outputs
                continue;
            }

            rejected++;
            Assert.All(result.Diagnostics.Where(d => d.IsError), d => Assert.True(d.Location.Line >= 1 && d.Location.Column >= 1, $"Seed {seed}: {d}"));
            FolderSnapshot.Take(outputFolder).AssertSameAs(snapshot);
        }

        output.WriteLine($"{cases} mutated specs in {clock.Elapsed.TotalSeconds:0.0} s, {rejected} rejected with errors.");
        Assert.True(cases >= 100, $"Only {cases} cases ran within the budget.");
        Assert.True(rejected > cases / 4, "Most mutations should break the spec; the mutator may not be mutating.");
    }

    private static GenerationOptions Options(string spec, string templates, string output)
        => new() { SpecPath = spec, TemplatesFolder = templates, OutputFolder = output };
}
