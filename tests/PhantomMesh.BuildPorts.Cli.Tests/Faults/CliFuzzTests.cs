using System.Diagnostics;
using PhantomMesh.BuildPorts.Cli.Tests.Infrastructure;

namespace PhantomMesh.BuildPorts.Cli.Tests.Faults;

/// <summary>
/// Mutated specs from fixed seeds through the real entry point: every command answers with an
/// exit code and a message, never an exception, and generate writes nothing while errors exist.
/// </summary>
public sealed class CliFuzzTests
{
    private const int MaxCases = 2000;
    private static readonly TimeSpan Budget = TimeSpan.FromSeconds(20);
    private static readonly string[][] Commands =
    [
        ["check"], ["check", "--format", "json"], ["check", "--format", "sarif"], ["check", "--format", "github"],
        ["list"], ["next"], ["generate", "--dry-run"], ["generate"],
    ];

    [Fact]
    public void Mutated_specs_never_crash_any_command()
    {
        var original = File.ReadAllText(RepoPaths.PortsToml);
        using var folder = new TempFolder("pm-cli-fuzz-");
        var clock = Stopwatch.StartNew();
        var cases = 0;
        for (var seed = 1; cases < MaxCases && clock.Elapsed < Budget; seed++)
        {
            var mutated = new SpecMutator(seed).Mutate(original, 1 + (seed % 3));
            folder.Write("ports.toml", mutated);
            var command = Commands[seed % Commands.Length];
            var outputs = System.IO.Path.Combine(folder.Path, "artifacts", "deploy");
            var before = FolderSnapshot.Take(outputs);

            CliResult result;
            try
            {
                result = InProcess.Run(folder.Path, command);
            }
            catch (Exception exception)
            {
                Assert.Fail($"Seed {seed}, phantom-gen {string.Join(' ', command)}: {exception.GetType().Name} escaped: {exception.Message}\n--- spec ---\n{mutated}");
                throw;
            }

            cases++;
            Assert.True(result.ExitCode is 0 or 1 or 2, $"Seed {seed}: exit code {result.ExitCode}");
            Assert.DoesNotContain("   at ", result.StdErr, StringComparison.Ordinal);
            Assert.DoesNotContain("Unhandled exception", result.StdErr, StringComparison.Ordinal);
            if (result.ExitCode != 0)
            {
                FolderSnapshot.Take(outputs).AssertSameAs(before); // a failed run writes nothing
            }
        }

        Assert.True(cases >= 50, $"Only {cases} cases ran within the budget.");
    }

}
