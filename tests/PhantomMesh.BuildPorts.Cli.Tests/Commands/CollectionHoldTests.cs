using System.Runtime;
using PhantomMesh.BuildPorts.Cli.Commands;
using PhantomMesh.BuildPorts.Cli.Tests.Infrastructure;

namespace PhantomMesh.BuildPorts.Cli.Tests.Commands;

/// <summary>
/// <c>check</c> and <c>generate</c> hold garbage collection off while they work on a spec; whoever runs them in process
/// (a test host, a tool that embeds the CLI) gets a process that collects garbage again afterwards, whatever they found.
/// </summary>
[Collection(GarbageCollectionSettingsCollection.Name)]
public sealed class CollectionHoldTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Theory]
    [InlineData("check", "valid")]
    [InlineData("check", "collision")]
    [InlineData("check", "not toml")]
    [InlineData("generate", "valid")]
    [InlineData("generate", "collision")]
    [InlineData("generate", "not toml")]
    public void After_a_command_the_process_collects_garbage_again(string command, string spec)
    {
        _temp.Write("ports.toml", spec switch
        {
            "valid" => TestSpecs.Valid,
            "collision" => TestSpecs.Collision,
            _ => "[containers.app\nimage = ",
        });
        var before = GCSettings.LatencyMode;

        var result = InProcess.Run(_temp.Path, command);

        Assert.Equal(spec == "valid" ? 0 : 1, result.ExitCode);
        Assert.NotEqual(GCLatencyMode.NoGCRegion, GCSettings.LatencyMode);
        Assert.Equal(before, GCSettings.LatencyMode);
    }

    [Fact]
    public void A_check_started_while_collections_are_already_held_off_runs_and_leaves_the_hold_to_its_owner()
    {
        _temp.Write("ports.toml", TestSpecs.Valid);
        Assert.True(GC.TryStartNoGCRegion(64 * 1024 * 1024));
        try
        {
            var result = InProcess.Run(_temp.Path, "check");

            Assert.Equal(0, result.ExitCode);
            Assert.Equal(GCLatencyMode.NoGCRegion, GCSettings.LatencyMode);
        }
        finally
        {
            if (GCSettings.LatencyMode == GCLatencyMode.NoGCRegion)
            {
                GC.EndNoGCRegion();
            }
        }
    }

    [Fact]
    public void A_generate_is_held_up_to_384_MB_and_a_quarter_of_the_memory_so_a_large_spec_collects_as_usual()
    {
        const long Gigabyte = 1024L * 1024 * 1024;
        var tenThousandPorts = 1_648_000L; // the generated 10,000-port spec of the benchmarks
        var hundredThousandPorts = 16_850_000L;

        Assert.Equal((32L * 1024 * 1024) + (tenThousandPorts * 96), HoldBudget.ForGenerate(tenThousandPorts, 24 * Gigabyte));
        Assert.Null(HoldBudget.ForGenerate(hundredThousandPorts, 24 * Gigabyte));
        Assert.Null(HoldBudget.ForGenerate(tenThousandPorts, Gigabyte / 2));
    }

    [Fact]
    public void A_check_is_held_for_its_estimate_or_a_quarter_of_the_memory_whichever_is_less()
    {
        const long Gigabyte = 1024L * 1024 * 1024;

        Assert.Equal((16L * 1024 * 1024) + (16_850_000L * 28), HoldBudget.ForCheck(16_850_000L, 24 * Gigabyte));
        Assert.Equal(Gigabyte / 4, HoldBudget.ForCheck(16_850_000L, Gigabyte));
        Assert.Null(HoldBudget.ForCheck(1_000, 0));
    }
}
