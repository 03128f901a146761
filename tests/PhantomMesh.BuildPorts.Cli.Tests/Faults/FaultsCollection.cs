namespace PhantomMesh.BuildPorts.Cli.Tests.Faults;

/// <summary>
/// The tests that start many phantom-gen processes, kill them or run them side by side: alone, so their timing is
/// their own and they do not slow every other test down.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class FaultsCollection
{
    public const string Name = "Faults: killed and concurrent processes";
}
