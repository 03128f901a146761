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
        await Requirement.RootWithIpAsync();
        var images = await fixture.ImagesAsync();
        var before = await DockerUserRules.ChainAsync();

        await CleanupScope.RunAsync(async scope =>
        {
            var spec = StackSpecs.Exposure(images, allowFrom: SomeBlock);
            var rules = new DockerUserRules(Deployment.Generate(scope.Folder(), spec));
            await rules.ApplyAsync(scope);
            var once = await DockerUserRules.ChainAsync();
            var restrictedPort = spec.Port("edge", "restricted").HostPort.ToString();
            Assert.Contains(once.Except(before), rule => rule.Contains(restrictedPort, StringComparison.Ordinal));

            var again = await rules.RunAsync();
            Assert.True(again.Succeeded, "a second run failed: " + again);
            Assert.Equal(once, await DockerUserRules.ChainAsync());
        });

        Assert.Equal(before, await DockerUserRules.ChainAsync());
    }

    [SkippableFact]
    public async Task Docker_user_sh_exits_non_zero_with_a_message_without_root_or_without_the_chain()
    {
        await Requirement.RootWithIpAsync();
        var images = await fixture.ImagesAsync();
        var before = await DockerUserRules.ChainAsync();

        await CleanupScope.RunAsync(async scope =>
        {
            var work = scope.Folder();
            var rules = new DockerUserRules(Deployment.Generate(work, StackSpecs.Exposure(images, allowFrom: SomeBlock)));

            var asNobody = await ExternalTool.RunAsync(Requirement.Program("setpriv", "util-linux"),
                ["--reuid=nobody", "--regid=nogroup", "--clear-groups", "bash", rules.Script], TimeSpan.FromSeconds(30), work.Path);
            Assert.False(asNobody.Succeeded, "it ran without root: " + asNobody);
            Assert.False(string.IsNullOrWhiteSpace(asNobody.Output), "it failed without root but said nothing: " + asNobody);

            // A namespace of its own has no Docker, so no DOCKER-USER chain, as on a host whose engine has not started.
            var bare = await ClientNamespace.CreateAsync((await ClientSubnets.TakeAsync(1))[0], scope);
            var withoutChain = await ExternalTool.RunAsync("ip", ["netns", "exec", bare.Name, "bash", rules.Script], TimeSpan.FromSeconds(30));
            Assert.False(withoutChain.Succeeded, "it ran where DOCKER-USER does not exist: " + withoutChain);
            Assert.Contains("DOCKER-USER", withoutChain.Output, StringComparison.Ordinal);
        });

        Assert.Equal(before, await DockerUserRules.ChainAsync());
    }
}
