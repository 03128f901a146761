using System.Runtime;
using PhantomMesh.BuildPorts.Cli.Tests.Infrastructure;

namespace PhantomMesh.BuildPorts.Cli.Tests.Commands;

/// <summary>
/// <c>check</c> holds garbage collection off while it loads a spec; whoever runs it in process (a test host, a tool
/// that embeds the CLI) gets a process that collects garbage again afterwards, whatever the check found.
/// </summary>
[Collection(GarbageCollectionSettingsCollection.Name)]
public sealed class CheckCollectionHoldTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Theory]
    [InlineData("valid")]
    [InlineData("collision")]
    [InlineData("not toml")]
    public void After_a_check_the_process_collects_garbage_again(string spec)
    {
        _temp.Write("ports.toml", spec switch
        {
            "valid" => TestSpecs.Valid,
            "collision" => TestSpecs.Collision,
            _ => "[containers.app\nimage = ",
        });
        var before = GCSettings.LatencyMode;

        var result = InProcess.Run(_temp.Path, "check");

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
}
