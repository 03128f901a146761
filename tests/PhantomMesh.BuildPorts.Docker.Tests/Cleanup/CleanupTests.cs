using PhantomMesh.BuildPorts.Docker.Tests.Infrastructure;

namespace PhantomMesh.BuildPorts.Docker.Tests.Cleanup;

/// <summary>
/// Issue 9, item 5: everything a test makes goes when its scope ends, also when a step fails:
/// images it built, the stack's containers and network, namespaces, veth links, DOCKER-USER rules
/// and its files. The test builds its own images, so their removal is checked too.
/// </summary>
[Collection(DockerCollection.Name)]
public sealed class CleanupTests
{
    [SkippableFact]
    public async Task Nothing_a_stack_test_made_is_left_after_its_scope_ends()
    {
        var before = await RequireAndReadChainAsync();

        Made? made = null;
        await CleanupScope.RunAsync(async scope => made = await MakeEverythingAsync(scope));

        await AssertNothingLeftAsync(made!, before);
    }

    [SkippableFact]
    public async Task Nothing_a_stack_test_made_is_left_when_a_step_fails_inside_its_scope()
    {
        var before = await RequireAndReadChainAsync();

        Made? made = null;
        await Assert.ThrowsAsync<DeliberateFailure>(() => CleanupScope.RunAsync(async scope =>
        {
            made = await MakeEverythingAsync(scope);
            throw new DeliberateFailure();
        }));

        await AssertNothingLeftAsync(made!, before);
    }

    private static async Task<IReadOnlyList<string>> RequireAndReadChainAsync()
    {
        RootNetworking.Require();
        await DockerEngine.RequireAsync();
        return await DockerUserRules.ChainsAsync();
    }

    /// <summary>Builds images, brings a stack up, joins a client namespace and applies the DOCKER-USER rules; returns their names.</summary>
    private static async Task<Made> MakeEverythingAsync(CleanupScope scope)
    {
        var runId = RunLabel.NewId();
        var folder = scope.Folder();
        var images = await TestImages.BuildAsync(runId); // removes what it built if it fails
        scope.Add($"the images of run {runId}", () => images.DisposeAsync().AsTask());
        var client = await ClientNamespace.CreateAsync((await ClientSubnets.TakeAsync(1))[0], scope);
        var deployment = Deployment.Generate(folder, StackSpecs.Exposure(images, allowFrom: client.Cidr));
        var stack = await ComposeStack.UpAsync(deployment, scope);
        await new DockerUserRules(deployment).ApplyAsync(scope);

        var made = new Made(runId, folder.Path, stack.Project, deployment.Spec.Network, client.Name, client.HostLink);
        Assert.NotEmpty(await Leftovers.ContainersOfProjectAsync(made.Project));
        Assert.NotEmpty(await Leftovers.ImagesOfRunAsync(made.RunId));
        return made;
    }

    private static async Task AssertNothingLeftAsync(Made made, IReadOnlyList<string> chainBefore)
    {
        Assert.Empty(await Leftovers.ContainersOfProjectAsync(made.Project));
        Assert.Empty(await Leftovers.NetworksNamedAsync(made.Network));
        Assert.Empty(await Leftovers.ImagesOfRunAsync(made.RunId));
        Assert.Empty(await Leftovers.NamespacesNamedAsync(made.Namespace));
        Assert.Empty(await Leftovers.LinksNamedAsync(made.HostLink));
        Assert.Equal(chainBefore, await DockerUserRules.ChainsAsync());
        Assert.False(Directory.Exists(made.Folder), $"the work folder {made.Folder} is still there");
    }

    private sealed record Made(string RunId, string Folder, string Project, string Network, string Namespace, string HostLink);

    private sealed class DeliberateFailure() : Exception("A step failed on purpose, inside the cleanup scope.");
}
