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

        var made = new Made(runId, folder.Path, stack.Project, deployment.Spec.Network, client.Name, client.HostLink,
            FirewallName: deployment.Spec.Project.Replace(' ', '-'));
        // The probes find what is there while it runs, so their empty answers afterwards mean something.
        Assert.All(await TracesAsync(made), trace => Assert.True(trace.Found.Count > 0, $"the probe for {trace.What} finds nothing"));
        return made;
    }

    private static async Task AssertNothingLeftAsync(Made made, IReadOnlyList<string> chainBefore)
    {
        Assert.All(await TracesAsync(made),
            trace => Assert.True(trace.Found.Count == 0, $"{trace.What} left behind: {string.Join("; ", trace.Found)}"));
        Assert.Equal(chainBefore, await DockerUserRules.ChainsAsync());
        Assert.False(Directory.Exists(made.Folder), $"the work folder {made.Folder} is still there");
    }

    /// <summary>What the engine and the kernel hold of <paramref name="made"/>, per kind of thing.</summary>
    private static async Task<IReadOnlyList<(string What, IReadOnlyList<string> Found)>> TracesAsync(Made made) =>
    [
        ($"containers of project {made.Project}", await Leftovers.ContainersOfProjectAsync(made.Project)),
        ($"network {made.Network}", await Leftovers.NetworksNamedAsync(made.Network)),
        ($"images of run {made.RunId}", await Leftovers.ImagesOfRunAsync(made.RunId)),
        ($"namespace {made.Namespace}", await Leftovers.NamespacesNamedAsync(made.Namespace)),
        ($"link {made.HostLink}", await Leftovers.LinksNamedAsync(made.HostLink)),
        ($"firewall rules naming {made.FirewallName}", await Leftovers.FirewallLinesNamingAsync(made.FirewallName)),
    ];

    private sealed record Made(
        string RunId, string Folder, string Project, string Network, string Namespace, string HostLink, string FirewallName);

    private sealed class DeliberateFailure() : Exception("A step failed on purpose, inside the cleanup scope.");
}
