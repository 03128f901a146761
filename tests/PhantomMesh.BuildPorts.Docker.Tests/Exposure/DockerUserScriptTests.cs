using PhantomMesh.BuildPorts.Docker.Tests.Infrastructure;

namespace PhantomMesh.BuildPorts.Docker.Tests.Exposure;

/// <summary>The generated firewall/docker-user.sh against the engine's real DOCKER-USER chain.</summary>
[Collection(DockerCollection.Name)]
public sealed class DockerUserScriptTests(DockerFixture fixture)
{
    private const string SomeBlock = "10.251.0.0/30";

    [SkippableFact]
    public async Task Running_docker_user_sh_twice_leaves_one_copy_of_each_rule_and_remove_restores_the_chain()
    {
        RootNetworking.Require();
        var images = await fixture.ImagesAsync();
        var before = await DockerUserRules.ChainsAsync();

        await CleanupScope.RunAsync(async scope =>
        {
            var spec = StackSpecs.Exposure(images, allowFrom: SomeBlock);
            var rules = new DockerUserRules(Deployment.Generate(scope.Folder(), spec));
            await rules.ApplyAsync(scope);
            var once = await DockerUserRules.ChainsAsync();
            var restrictedPort = spec.Port("edge", "restricted").HostPort.ToString();
            Assert.Contains(once.Except(before), rule => rule.Contains(restrictedPort, StringComparison.Ordinal));

            var again = await rules.RunAsync();
            Assert.True(again.Succeeded, "a second run failed: " + again);
            Assert.Equal(once, await DockerUserRules.ChainsAsync());
        });

        Assert.Equal(before, await DockerUserRules.ChainsAsync());
    }

    [SkippableFact]
    public async Task Docker_user_sh_exits_non_zero_with_a_message_without_root_or_without_the_chain()
    {
        RootNetworking.Require();
        var images = await fixture.ImagesAsync();
        var before = await DockerUserRules.ChainsAsync();

        await CleanupScope.RunAsync(async scope =>
        {
            var work = scope.Folder();
            var rules = new DockerUserRules(Deployment.Generate(work, StackSpecs.Exposure(images, allowFrom: SomeBlock)));

            var asNobody = await ExternalTool.RunAsync(ExternalTool.RequireTool("setpriv"),
                ["--reuid=nobody", "--regid=nogroup", "--clear-groups", "bash", rules.Script], TimeSpan.FromSeconds(30), work.Path);
            Assert.False(asNobody.Succeeded, "it ran without root: " + asNobody);
            Assert.False(string.IsNullOrWhiteSpace(asNobody.Output), "it failed without root but said nothing: " + asNobody);

            // A namespace of its own has no Docker, so no DOCKER-USER chain, as on a host whose engine has not started.
            await using var bare = await NetworkNamespace.CreateAsync("pmgt");
            var withoutChain = await bare.RunAsync("bash", rules.Script);
            Assert.False(withoutChain.Succeeded, "it ran where DOCKER-USER does not exist: " + withoutChain);
            Assert.Contains("DOCKER-USER", withoutChain.Output, StringComparison.Ordinal);
        });

        Assert.Equal(before, await DockerUserRules.ChainsAsync());
    }
}
