using Microsoft.Build.Framework;
using PhantomMesh.BuildPorts.Tasks.Tests.Infrastructure;

namespace PhantomMesh.BuildPorts.Tasks.Tests.InProcess;

/// <summary>
/// <c>PhantomPortsGenerateDependsOn</c>: a target a project names there runs before the generator,
/// so it can write the spec the build then reads.
/// </summary>
[Collection(InProcessCollection.Name)]
public sealed class GenerateDependsOnTests
{
    private const string CopySpecTarget = """
          <Target Name="WritePortsSpec">
            <Copy SourceFiles="ports.source.toml" DestinationFiles="ports.toml" />
          </Target>
        """;

    [Fact]
    public void A_target_named_in_the_project_writes_the_spec_before_the_generator_reads_it()
    {
        using var project = new TestProject(
            properties: "    <PhantomPortsGenerateDependsOn>WritePortsSpec</PhantomPortsGenerateDependsOn>",
            targets: CopySpecTarget);
        File.Move(project.Spec, project.Combine("ports.source.toml"));

        var build = project.Build();

        Assert.True(build.Succeeded, build.Log);
        Assert.True(Started(build, "WritePortsSpec") < FirstGeneratorRun(build), build.Log);
        Assert.Equal(SampleSpec.HelloOutput, File.ReadAllText(Path.Combine(project.Output, "hello.txt")));
    }

    [Fact]
    public void A_target_appended_after_the_package_targets_still_runs_before_the_generator()
    {
        using var project = new TestProject(targets: CopySpecTarget);
        File.Move(project.Spec, project.Combine("ports.source.toml"));
        // What a Directory.Build.targets does: it is imported after the package's targets.
        var text = File.ReadAllText(project.ProjectPath).Replace(
            "</Project>",
            "  <PropertyGroup><PhantomPortsGenerateDependsOn>$(PhantomPortsGenerateDependsOn);WritePortsSpec</PhantomPortsGenerateDependsOn></PropertyGroup>\n</Project>",
            StringComparison.Ordinal);
        File.WriteAllText(project.ProjectPath, text);

        var build = project.Build();

        Assert.True(build.Succeeded, build.Log);
        Assert.True(Started(build, "_PhantomPortsPrepare") < Started(build, "WritePortsSpec"), build.Log);
        Assert.True(Started(build, "WritePortsSpec") < FirstGeneratorRun(build), build.Log);
    }

    [Fact]
    public void Without_the_target_the_missing_spec_fails_the_build()
    {
        // The control for the tests above: the spec they generate from exists only because their target wrote it.
        using var project = new TestProject(targets: CopySpecTarget);
        File.Move(project.Spec, project.Combine("ports.source.toml"));

        var build = project.Build();

        Assert.False(build.Succeeded);
        Assert.Contains(build.Errors, e => e.Code == "PM1006");
        Assert.False(build.TargetStarted("WritePortsSpec"));
    }

    private static int Started(BuildOutcome build, string target)
    {
        var index = IndexOf(build, e => e is TargetStartedEventArgs t && t.TargetName == target);
        Assert.True(index >= 0, $"{target} did not run:\n{build.Log}");
        return index;
    }

    private static int FirstGeneratorRun(BuildOutcome build)
    {
        var index = IndexOf(build, e => e is TaskStartedEventArgs t && t.TaskName == "GeneratePortArtifacts");
        Assert.True(index >= 0, $"The generator did not run:\n{build.Log}");
        return index;
    }

    private static int IndexOf(BuildOutcome build, Func<BuildEventArgs, bool> match)
    {
        for (var i = 0; i < build.Events.Count; i++)
        {
            if (match(build.Events[i]))
            {
                return i;
            }
        }

        return -1;
    }
}
