using System.Diagnostics;
using PhantomMesh.BuildPorts.Cli.Tests.Infrastructure;
using Xunit.Abstractions;

namespace PhantomMesh.BuildPorts.Cli.Tests.Faults;

/// <summary>
/// Eight <c>phantom-gen generate</c> processes at once into one output folder, half of them A and half B: the lock
/// lets one write at a time, so every file is always one complete version and the folder ends as one whole generation.
/// </summary>
[Collection(FaultsCollection.Name)]
[Trait(PhantomGenProcess.TraitName, PhantomGenProcess.TraitValue)]
public sealed class ConcurrentProcessTests(ITestOutputHelper output)
{
    private const int Processes = 8;
    private const int Rounds = 20;

    [Fact]
    public async Task Eight_concurrent_generates_all_succeed_and_every_file_is_always_one_complete_version()
    {
        var clock = Stopwatch.StartNew();
        using var specs = await TwoSpecs.CreateAsync(bigLines: 200);
        const string Out = "out";
        var outFolder = specs.PathOf(Out);

        // Meanwhile a reader keeps reading every file: it must never see a torn one.
        using var stop = new CancellationTokenSource();
        var torn = new List<string>();
        var reads = 0;
        var reader = Task.Run(() =>
        {
            while (!stop.IsCancellationRequested)
            {
                foreach (var path in specs.A.Keys.Concat(specs.B.Keys).Distinct())
                {
                    byte[] bytes;
                    try
                    {
                        bytes = File.ReadAllBytes(Path.Combine(outFolder, path));
                    }
                    catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
                    {
                        continue; // not there (yet, or any more)
                    }

                    reads++;
                    var whole = (specs.A.TryGetValue(path, out var a) && a.AsSpan().SequenceEqual(bytes))
                        || (specs.B.TryGetValue(path, out var b) && b.AsSpan().SequenceEqual(bytes));
                    if (!whole)
                    {
                        lock (torn)
                        {
                            torn.Add($"{path} ({bytes.Length} bytes)");
                        }
                    }
                }

                Thread.Sleep(1); // leaves the processes the CPU they need
            }
        });

        int lockTimeouts = 0, changedRounds = 0;
        var previous = Array.Empty<byte>();
        try
        {
            for (var round = 0; round < Rounds; round++)
            {
                // Half A, half B, the first of the round alternating, so most runs have something to change.
                var runs = Enumerable.Range(0, Processes)
                    .Select(i => (A: (round + i) % 2 == 0, Run: PhantomGenProcess.RunAsync(specs.Root, TwoSpecs.Generate((round + i) % 2 == 0, Out))))
                    .ToList();
                await Task.WhenAll(runs.Select(r => r.Run));

                foreach (var (_, run) in runs)
                {
                    var result = await run;
                    KillTests.AssertNoStackTrace(result);
                    Assert.DoesNotContain("IOException", result.StdErr, StringComparison.Ordinal);
                    if (result.ExitCode == 1 && result.StdOut.Contains("error PM3008", StringComparison.Ordinal) && result.StdOut.Contains(".phantom-gen.lock", StringComparison.Ordinal))
                    {
                        lockTimeouts++; // allowed: the 30-second lock wait ran out
                        continue;
                    }

                    Assert.True(result.ExitCode == 0, $"round {round + 1}: {result}");
                    Assert.Empty(result.StdErr);
                }

                // Each writer writes its whole generation under the lock: the folder is exactly the last one's.
                var when = $"after round {round + 1}";
                Assert.Empty(specs.AssertEveryFileComplete(Out, when));
                var manifest = File.ReadAllBytes(Path.Combine(outFolder, TwoSpecs.ManifestName));
                var endedA = manifest.AsSpan().SequenceEqual(specs.ManifestA);
                specs.AssertExactly(endedA, Out, when);
                changedRounds += manifest.AsSpan().SequenceEqual(previous) ? 0 : 1;
                previous = manifest;
            }
        }
        finally
        {
            stop.Cancel();
            await reader;
        }

        Assert.Empty(torn);
        output.WriteLine(
            $"{Rounds} rounds of {Processes} concurrent processes ({Rounds * Processes} runs): {Rounds * Processes - lockTimeouts} exited 0, "
            + $"{lockTimeouts} timed out on the lock; the folder ended as the other spec than the round before in {changedRounds - 1} of {Rounds - 1} rounds; "
            + $"{reads} whole-file reads meanwhile, none torn; {clock.Elapsed.TotalSeconds:0.0} s in all.");
    }
}
