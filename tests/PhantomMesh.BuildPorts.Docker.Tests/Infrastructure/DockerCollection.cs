namespace PhantomMesh.BuildPorts.Docker.Tests.Infrastructure;

/// <summary>
/// Every test on the Docker engine, one at a time: they share the images, the engine's iptables
/// chains and the host's ports, and a stack's timing must be its own.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class DockerCollection : ICollectionFixture<DockerFixture>
{
    public const string Name = "Docker engine";
}

/// <summary>
/// The test images, built once for the collection on the first test that asks for them (so a
/// machine without an engine skips instead of failing to construct the fixture), removed at the end.
/// </summary>
public sealed class DockerFixture : IAsyncLifetime
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private Task<TestImages>? _images;

    /// <summary>The images; fails or skips the calling test when no engine answers.</summary>
    public async Task<TestImages> ImagesAsync()
    {
        await DockerEngine.RequireAsync();
        await _gate.WaitAsync();
        try
        {
            _images ??= TestImages.BuildAsync(RunLabel.NewId());
        }
        finally
        {
            _gate.Release();
        }

        return await _images;
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        if (_images is { IsCompletedSuccessfully: true })
        {
            await (await _images).DisposeAsync();
        }

        _gate.Dispose();
    }
}
