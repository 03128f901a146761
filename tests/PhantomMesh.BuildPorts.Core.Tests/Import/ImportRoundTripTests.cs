using PhantomMesh.BuildPorts.Tests.Rendering.Generated;

namespace PhantomMesh.BuildPorts.Tests.Import;

/// <summary>
/// import then generate: the generated docker-compose.yml publishes, after <c>docker-compose config</c>,
/// exactly the ports the original files publish after <c>docker-compose config</c> (service, host
/// address, host port, container port, protocol). Entries without a host port and host-network
/// services are what the spec cannot carry, and are left out of both sides.
/// </summary>
public sealed class ImportRoundTripTests
{
    [SkippableTheory]
    [MemberData(nameof(ImportFixtures.All), MemberType = typeof(ImportFixtures))]
    public async Task Import_then_generate_publishes_the_ports_docker_compose_config_shows_for_the_original(ImportFixtures.Project project)
    {
        using var workspace = new ImportWorkspace(project);
        var original = await Consumers.Accepts("docker-compose", [.. ImportWorkspace.FileArguments(workspace.ComposeFiles), "config"], workspace.Folder);
        workspace.Import();
        using var generated = GeneratedOutput.FromFile(workspace.SpecPath, null);

        var config = await Consumers.Accepts("docker-compose", ["-f", generated.PathOf("docker-compose.yml"), "config"], generated.Folder);

        Assert.Equal(Carried(ComposeConfigPorts.Of(original.StdOut)), ComposeConfigPorts.Of(config.StdOut));
    }

    [SkippableTheory]
    [MemberData(nameof(ImportFixtures.All), MemberType = typeof(ImportFixtures))]
    public async Task Split_base_files_plus_the_generated_ports_file_give_the_originals_whole_config(ImportFixtures.Project project)
    {
        using var workspace = new ImportWorkspace(project);
        var original = await Consumers.Accepts("docker-compose", [.. ImportWorkspace.FileArguments(workspace.ComposeFiles), "config"], workspace.Folder);
        var plan = workspace.Import(split: true);
        using var generated = GeneratedOutput.FromFile(workspace.SpecPath, null);
        var bases = plan.Files.Select(f => f.Path).Where(p => p != workspace.SpecPath).ToList();
        Assert.All(workspace.ComposeFiles, f => Assert.Equal(project.Files.Single(p => f.EndsWith(p.File, StringComparison.Ordinal)).Text, File.ReadAllText(f)));

        var merged = await Consumers.Accepts("docker-compose", [.. ImportWorkspace.FileArguments([.. bases, generated.PathOf("compose.ports.yml")]), "config"], workspace.Folder);

        Assert.Equal(ComposeConfigPorts.Normalized(original.StdOut), ComposeConfigPorts.Normalized(merged.StdOut));
    }

    /// <summary>What a spec holds: published host ports, not those Docker picks.</summary>
    private static List<string> Carried(IEnumerable<string> ports) => [.. ports.Where(p => p.Split('|')[1] is not ("" or "0"))];
}
