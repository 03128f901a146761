using PhantomMesh.BuildPorts.Docker.Tests.Infrastructure;

namespace PhantomMesh.BuildPorts.Docker.Tests.Exposure;

/// <summary>
/// Issue 9, item 3: what another machine reaches. Two client namespaces, one outside and one
/// inside the allow_from block, request the host's published ports over veth links.
/// </summary>
[Collection(DockerCollection.Name)]
public sealed class ExposureOnTheWireTests(DockerFixture fixture)
{
    [SkippableFact]
    public async Task Public_answers_everyone_internal_only_the_host_and_allow_from_only_its_block_once_the_docker_user_rules_are_applied()
    {
        RootNetworking.Require();
        var images = await fixture.ImagesAsync();
        await CleanupScope.RunAsync(async scope =>
        {
            var subnets = await ClientSubnets.TakeAsync(2);
            var outside = await ClientNamespace.CreateAsync(subnets[0], scope);
            var inside = await ClientNamespace.CreateAsync(subnets[1], scope);
            var spec = StackSpecs.Exposure(images, allowFrom: inside.Cidr);
            var deployment = Deployment.Generate(scope.Folder(), spec);
            await ComposeStack.UpAsync(deployment, scope);
            var publicPort = spec.Port("edge", "public").HostPort;
            var internalPort = spec.Port("edge", "internal").HostPort;
            var restrictedPort = spec.Port("edge", "restricted").HostPort;
            var unpublishedPort = spec.Port("edge", "unpublished").HostPort;

            var (_, publicAnswers) = await Bounded.PollAsync(() => outside.ReachesAsync(publicPort), reached => reached,
                TimeSpan.FromSeconds(30), TimeSpan.FromSeconds(1));
            Assert.True(publicAnswers, $"the public port {publicPort} never answered the outside namespace");
            Assert.True(await HostClient.ReachesAsync(internalPort), $"the internal port {internalPort} does not answer on 127.0.0.1");
            Assert.False(await outside.ReachesAsync(internalPort), $"the internal port {internalPort} answered another machine");
            Assert.False(await outside.ReachesAsync(unpublishedPort), $"the unpublished port {unpublishedPort} answered another machine");
            Assert.False(await HostClient.ReachesAsync(unpublishedPort), $"the unpublished port {unpublishedPort} answered on 127.0.0.1");
            // Without the rules Docker's own chains open the allow_from port to everyone: the rules are what closes it.
            Assert.True(await outside.ReachesAsync(restrictedPort),
                $"the allow_from port {restrictedPort} did not answer an outside client even without the DOCKER-USER rules");

            await new DockerUserRules(deployment).ApplyAsync(scope);

            Assert.False(await outside.ReachesAsync(restrictedPort),
                $"the allow_from port {restrictedPort} answered {outside.Address}, outside {inside.Cidr}, with the rules applied");
            Assert.True(await inside.ReachesAsync(restrictedPort),
                $"the allow_from port {restrictedPort} did not answer {inside.Address}, inside {inside.Cidr}, with the rules applied");
            Assert.True(await outside.ReachesAsync(publicPort), $"the public port {publicPort} stopped answering once the rules were applied");
            Assert.False(await inside.ReachesAsync(internalPort), $"the internal port {internalPort} answered another machine");
        });
    }
}
