using System.Diagnostics;
using PhantomMesh.BuildPorts.Cli.Tests.Infrastructure;
using Xunit.Abstractions;

namespace PhantomMesh.BuildPorts.Cli.Tests.Faults;

/// <summary>
/// <c>phantom-gen generate</c> killed with SIGKILL at random moments (no handler runs, no finally block): each
/// output file is still one complete version, and the next run repairs the folder completely.
/// </summary>
[Collection(FaultsCollection.Name)]
[Trait(PhantomGenProcess.TraitName, PhantomGenProcess.TraitValue)]
public sealed class KillTests(ITestOutputHelper output)
{
    private const int Kills = 25;
    private const int Seed = 20261125;

    /// <summary>How long after the first temporary file appears a write-phase kill may come: about the whole write.</summary>
    private const int WritePhaseMs = 30;

    [SkippableFact]
    public async Task Killed_generate_never_leaves_a_torn_or_mixed_file_and_the_next_run_repairs_everything()
    {
        // Process.Kill is SIGKILL on Unix; on Windows it is TerminateProcess, which the test does not set out to prove.
        Skip.If(OperatingSystem.IsWindows(), "SIGKILL is a Unix signal.");
        var clock = Stopwatch.StartNew();
        using var specs = await TwoSpecs.CreateAsync(bigLines: 3000);
        const string Out = "out";

        // The lifetime of a whole generate over a folder holding the other version: the kills are spread across it.
        Assert.Equal(0, (await PhantomGenProcess.RunAsync(specs.Root, TwoSpecs.Generate(a: true, Out))).ExitCode);
        var lifetime = Stopwatch.StartNew();
        Assert.Equal(0, (await PhantomGenProcess.RunAsync(specs.Root, TwoSpecs.Generate(a: false, Out))).ExitCode);
        var lifetimeMs = (int)lifetime.ElapsedMilliseconds;

        var random = new Random(Seed);
        int killedMidWrite = 0, exitedFirst = 0, mixed = 0, repairs = 0;
        for (var kill = 0; kill < Kills; kill++)
        {
            var a = kill % 2 == 0;

            // Odd kills land anywhere in the process's life, mostly in start-up; even ones at a random moment after
            // the first temporary file appeared, which is the write phase the proof is about.
            var inWritePhase = kill % 2 == 1;
            var delay = inWritePhase ? random.Next(0, WritePhaseMs + 1) : random.Next(0, lifetimeMs + 1);
            using (var process = PhantomGenProcess.Start(specs.Root, TwoSpecs.Generate(a, Out)))
            {
                var drain = Task.WhenAll(process.StandardOutput.ReadToEndAsync(), process.StandardError.ReadToEndAsync());
                if (inWritePhase)
                {
                    await WaitForFirstTempFile(process, specs.PathOf(Out));
                }

                await Task.Delay(delay);
                if (process.HasExited)
                {
                    exitedFirst++;
                }

                process.Kill(); // SIGKILL
                await process.WaitForExitAsync();
                await drain;
            }

            var when = $"after kill {kill + 1} ({(a ? "A" : "B")}, {delay} ms {(inWritePhase ? "into the write phase" : $"of about {lifetimeMs} ms")})";
            var temps = specs.AssertEveryFileComplete(Out, when);
            killedMidWrite += temps.Count > 0 ? 1 : 0;
            mixed += IsMixed(specs, Out) ? 1 : 0;

            // Every other kill the next run completes and must repair everything; in between, kills pile up.
            if (kill % 2 == 1 || kill == Kills - 1)
            {
                var repairWith = random.Next(2) == 0;
                var repair = await PhantomGenProcess.RunAsync(specs.Root, TwoSpecs.Generate(repairWith, Out));
                Assert.True(repair.ExitCode == 0, $"{when}, the repairing run: {repair}");
                AssertNoStackTrace(repair);
                specs.AssertExactly(repairWith, Out, $"{when}, after the repairing run of {(repairWith ? "A" : "B")}");
                repairs++;
            }
        }

        output.WriteLine(
            $"{Kills} kills (seed {Seed}; delays 0-{lifetimeMs} ms into the process, or 0-{WritePhaseMs} ms into the write phase): {killedMidWrite} left temporary files (killed while writing), "
            + $"{mixed} left a mix of A and B files, {exitedFirst} had already exited; {repairs} repairing runs; {clock.Elapsed.TotalSeconds:0.0} s in all.");
    }

    private static async Task WaitForFirstTempFile(Process process, string folder)
    {
        var options = new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0 };
        var waited = Stopwatch.StartNew();
        while (!process.HasExited && waited.Elapsed < TimeSpan.FromSeconds(30))
        {
            if (Directory.Exists(folder) && Directory.EnumerateFiles(folder, "*.tmp", options).Any())
            {
                return;
            }

            await Task.Delay(1);
        }
    }

    internal static void AssertNoStackTrace(ToolResult result)
    {
        Assert.DoesNotContain("Exception", result.Output, StringComparison.Ordinal);
        Assert.DoesNotMatch(@"(?m)^\s+at \S+\(", result.Output);
    }

    /// <summary>Whether some output files are A's and others B's (each complete): a kill between two renames.</summary>
    private static bool IsMixed(TwoSpecs specs, string outFolder)
    {
        bool onlyA = false, onlyB = false;
        foreach (var (path, bytes) in TwoSpecs.ReadAll(specs.PathOf(outFolder)))
        {
            var isA = specs.A.TryGetValue(path, out var a) && a.AsSpan().SequenceEqual(bytes);
            var isB = specs.B.TryGetValue(path, out var b) && b.AsSpan().SequenceEqual(bytes);
            onlyA |= isA && !isB;
            onlyB |= isB && !isA;
        }

        return onlyA && onlyB;
    }
}
