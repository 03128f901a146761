namespace PhantomMesh.BuildPorts.Cli.Tests.Commands;

/// <summary>
/// The process-wide setting these tests read: alone, so no other test's check holds collections off while they look.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class GarbageCollectionSettingsCollection
{
    public const string Name = "Garbage collection: the process-wide latency mode";
}
