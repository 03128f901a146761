using PhantomMesh.BuildPorts.Tasks.Tests.Infrastructure;

namespace PhantomMesh.BuildPorts.Tasks.Tests.InProcess;

/// <summary>PhantomPortsEnvironment and PhantomPortsEnvironments in a real build: which folders, and incrementality per environment.</summary>
[Collection(InProcessCollection.Name)]
public sealed class EnvironmentBuildTests
{
    private const string Generate = "PhantomPortsGenerate";

    private static TestProject NewProject(string properties = "")
    {
        var project = new TestProject(properties);
        project.Write("ports.toml", SampleSpec.WithEnvironments);
        return project;
    }

    private static Dictionary<string, string> Environment(string name) => new() { ["PhantomPortsEnvironment"] = name };

    private static Dictionary<string, string> Environments(string names) => new() { ["PhantomPortsEnvironments"] = names };

    private static string PortsOf(string folder) => File.ReadAllText(Path.Combine(folder, "ports.md"));

    [Fact]
    public void PhantomPortsEnvironment_renders_that_environment_into_the_output_folder()
    {
        using var project = NewProject();

        var build = project.Build(Environment("prod"));

        Assert.True(build.Succeeded, build.Log);
        Assert.Equal(SampleSpec.ProdPorts, PortsOf(project.Output));
        Assert.Contains(build.Messages, m => m.Message!.StartsWith(GeneratePortArtifacts.MessagePrefix + "ports.toml (environment prod) -> ", StringComparison.Ordinal));
    }

    [Fact]
    public void PhantomPortsEnvironments_renders_each_environment_into_its_own_folder()
    {
        using var project = NewProject();

        var build = project.Build(Environments("dev;prod"));

        Assert.True(build.Succeeded, build.Log);
        Assert.Equal(2, build.GeneratorRuns);
        Assert.Equal(SampleSpec.DevPorts, PortsOf(Path.Combine(project.Output, "dev")));
        Assert.Equal(SampleSpec.ProdPorts, PortsOf(Path.Combine(project.Output, "prod")));
        Assert.False(File.Exists(Path.Combine(project.Output, "ports.md")));
    }

    [Fact]
    public void The_environments_can_be_set_in_the_project()
    {
        using var project = NewProject("<PhantomPortsEnvironments>dev;prod</PhantomPortsEnvironments>");

        var build = project.Build();

        Assert.True(build.Succeeded, build.Log);
        Assert.Equal(SampleSpec.DevPorts, PortsOf(Path.Combine(project.Output, "dev")));
    }

    [Fact]
    public void A_no_op_rebuild_of_several_environments_skips_each_and_touches_nothing()
    {
        using var project = NewProject();
        Assert.True(project.Build(Environments("dev;prod")).Succeeded);
        var outputs = FileSnapshot.Of(project.Output);
        var state = FileSnapshot.Of(project.StateFolder);

        var second = project.Build(Environments("dev;prod"));

        Assert.True(second.SkippedAsUpToDate(Generate), second.Log);
        Assert.Equal(0, second.GeneratorRuns);
        outputs.AssertUnchanged(FileSnapshot.Of(project.Output));
        state.AssertUnchanged(FileSnapshot.Of(project.StateFolder));
    }

    [Fact]
    public void Switching_the_environment_reruns_the_target_and_switching_back_too()
    {
        using var project = NewProject();
        Assert.True(project.Build(Environment("dev")).Succeeded);
        Assert.Equal(SampleSpec.DevPorts, PortsOf(project.Output));

        var prod = project.Build(Environment("prod"));
        var prodPorts = PortsOf(project.Output);
        var again = project.Build(Environment("prod"));
        var back = project.Build();

        Assert.Equal(1, prod.GeneratorRuns);
        Assert.Equal(SampleSpec.ProdPorts, prodPorts);
        Assert.Equal(0, again.GeneratorRuns);
        Assert.Equal(1, back.GeneratorRuns);
        Assert.Equal("# Ports\n- 24510\n- 24512\n- 24520\n", PortsOf(project.Output));
    }

    [Fact]
    public void Adding_an_environment_runs_only_the_new_one()
    {
        using var project = NewProject();
        Assert.True(project.Build(Environments("dev;prod")).Succeeded);

        var build = project.Build(Environments("dev;prod;k8s"));

        Assert.True(build.Succeeded, build.Log);
        Assert.Equal(1, build.GeneratorRuns);
        Assert.True(File.Exists(Path.Combine(project.Output, "k8s", "ports.md")));
    }

    [Fact]
    public void Editing_the_spec_reruns_every_environment()
    {
        using var project = NewProject();
        Assert.True(project.Build(Environments("dev;prod")).Succeeded);

        project.Edit(project.Spec, SampleSpec.WithEnvironments.Replace("host_port = 24512", "host_port = 24513", StringComparison.Ordinal));
        var build = project.Build(Environments("dev;prod"));

        Assert.Equal(2, build.GeneratorRuns);
        Assert.Contains("- 24613\n", PortsOf(Path.Combine(project.Output, "dev")), StringComparison.Ordinal);
    }

    [Fact]
    public void An_environment_the_spec_lacks_fails_the_build_with_PM1017()
    {
        using var project = NewProject();

        var build = project.Build(Environment("prdo"));

        Assert.False(build.Succeeded);
        var error = Assert.Single(build.Errors);
        Assert.Equal("PM1017", error.Code);
        Assert.Contains("Did you mean 'prod'?", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Clean_removes_every_environment_s_files_and_state()
    {
        using var project = NewProject("<PhantomPortsEnvironments>dev;prod</PhantomPortsEnvironments>");
        Assert.True(project.Build().Succeeded);

        var clean = project.Clean();

        Assert.True(clean.Succeeded, clean.Log);
        Assert.False(File.Exists(Path.Combine(project.Output, "dev", "ports.md")));
        Assert.False(File.Exists(Path.Combine(project.Output, "prod", "ports.md")));
        Assert.Empty(Directory.EnumerateFiles(project.StateFolder));
    }
}
