using Microsoft.Build.Framework;
using PhantomMesh.BuildPorts.Tasks.Tests.Infrastructure;

namespace PhantomMesh.BuildPorts.Tasks.Tests.InProcess;

[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class InProcessCollection
{
    public const string Name = "MSBuild in process";
}

/// <summary>
/// The package's targets, imported from source, run by the SDK's MSBuild in this process:
/// incrementality, failure, design-time builds, clean and the properties.
/// </summary>
[Collection(InProcessCollection.Name)]
public sealed class InProcessBuildTests
{
    private const string Generate = "PhantomPortsGenerate";

    [Fact]
    public void A_build_generates_the_files_and_reports_them()
    {
        using var project = new TestProject(targets: """
              <Target Name="ShowGenerated" AfterTargets="Build">
                <Message Importance="high" Text="generated: @(PhantomPortsGeneratedFiles->'%(Filename)%(Extension)')" />
              </Target>
            """);

        var build = project.Build();

        Assert.True(build.Succeeded, build.Log);
        Assert.Equal(1, build.GeneratorRuns);
        Assert.Equal(SampleSpec.HelloOutput, File.ReadAllText(Path.Combine(project.Output, "hello.txt")));
        Assert.Equal("# Ports\n- 24510\n- 24512\n- 24520\n", File.ReadAllText(Path.Combine(project.Output, "ports.md")));
        Assert.True(File.Exists(project.Stamp));
        Assert.Contains(build.Messages, m => m.Importance == MessageImportance.High
            && m.Message!.StartsWith(GeneratePortArtifacts.MessagePrefix + "ports.toml -> ", StringComparison.Ordinal));
        Assert.Contains(build.Messages, m => m.Message == "generated: hello.txt;ports.md");
        Assert.Empty(build.Warnings);
    }

    [Fact]
    public void A_second_build_skips_the_target_and_touches_no_file()
    {
        using var project = new TestProject(targets: """
              <Target Name="ShowGenerated" AfterTargets="Build">
                <Message Importance="high" Text="generated: @(PhantomPortsGeneratedFiles->'%(Filename)%(Extension)')" />
              </Target>
            """);
        Assert.True(project.Build().Succeeded);
        var outputs = FileSnapshot.Of(project.Output);
        var state = FileSnapshot.Of(project.StateFolder);

        var second = project.Build();

        Assert.True(second.Succeeded, second.Log);
        Assert.True(second.SkippedAsUpToDate(Generate), second.Log);
        Assert.Equal(0, second.GeneratorRuns);
        outputs.AssertUnchanged(FileSnapshot.Of(project.Output));
        state.AssertUnchanged(FileSnapshot.Of(project.StateFolder));
        // Output inference gives later targets the generated files even when the target was skipped.
        Assert.Contains(second.Messages, m => m.Message == "generated: hello.txt;ports.md");
    }

    [Fact]
    public void Editing_the_spec_runs_the_generator_again()
    {
        using var project = new TestProject();
        Assert.True(project.Build().Succeeded);

        project.Edit(project.Spec, SampleSpec.ValidMoved);
        var build = project.Build();

        Assert.True(build.Succeeded, build.Log);
        Assert.Equal(1, build.GeneratorRuns);
        Assert.Contains("- 24521", File.ReadAllText(Path.Combine(project.Output, "ports.md")), StringComparison.Ordinal);
    }

    [Fact]
    public void Editing_an_included_spec_runs_the_generator_again()
    {
        using var project = new TestProject();
        var included = project.Write("neighbour/ports.toml", """
            [project]
            name = "neighbour"

            [containers.db]
            image = "postgres:17"

            [containers.db.ports.sql]
            host_port = 24590
            container_port = 5432
            """);
        File.WriteAllText(project.Spec, "includes = [\"neighbour/ports.toml\"]\n" + SampleSpec.Valid);
        Assert.True(project.Build().Succeeded);
        Assert.Contains(included, File.ReadAllLines(Path.Combine(project.StateFolder, "consumer.proj.inputs")));
        Assert.True(project.Build().SkippedAsUpToDate(Generate));

        // The neighbour takes 24512, which this spec publishes: this spec's port is now a collision.
        project.Edit(included, File.ReadAllText(included).Replace("24590", "24512", StringComparison.Ordinal));
        var build = project.Build();

        Assert.False(build.Succeeded);
        Assert.Equal(1, build.GeneratorRuns);
        Assert.Equal("PM1201", Assert.Single(build.Errors).Code);
    }

    [Fact]
    public void Deleting_a_template_runs_the_generator_again_and_removes_its_output()
    {
        using var project = new TestProject();
        Assert.True(project.Build().Succeeded);

        File.Delete(project.Combine("templates", SampleSpec.PortsTemplateName));
        var build = project.Build();

        Assert.True(build.Succeeded, build.Log);
        Assert.Equal(1, build.GeneratorRuns);
        Assert.False(File.Exists(Path.Combine(project.Output, "ports.md")));
        Assert.True(File.Exists(Path.Combine(project.Output, "hello.txt")));
    }

    [Fact]
    public void A_template_added_with_an_old_timestamp_runs_the_generator_again()
    {
        using var project = new TestProject();
        Assert.True(project.Build().Succeeded);

        // As "cp -p" or an archive would leave it: older than the stamp.
        var added = project.Write("templates/extra.txt.sbn", "extra for {{ project.name }}\n");
        TestProject.Age(added, 3600);
        var build = project.Build();

        Assert.True(build.Succeeded, build.Log);
        Assert.Equal(1, build.GeneratorRuns);
        Assert.Equal("extra for demo\n", File.ReadAllText(Path.Combine(project.Output, "extra.txt")));
    }

    [Fact]
    public void A_generated_file_deleted_by_hand_is_written_again()
    {
        using var project = new TestProject();
        Assert.True(project.Build().Succeeded);

        File.Delete(Path.Combine(project.Output, "hello.txt"));
        var build = project.Build();

        Assert.True(build.Succeeded, build.Log);
        Assert.Equal(1, build.GeneratorRuns);
        Assert.Equal(SampleSpec.HelloOutput, File.ReadAllText(Path.Combine(project.Output, "hello.txt")));
    }

    [Fact]
    public void Turning_on_WarningsAsErrors_runs_the_generator_again_even_with_nothing_edited()
    {
        using var project = new TestProject();
        File.WriteAllText(project.Spec, SampleSpec.IanaWarning);
        var first = project.Build();
        Assert.True(first.Succeeded, first.Log);
        Assert.Equal("PM2001", Assert.Single(first.Warnings).Code);

        var strict = project.Build(new Dictionary<string, string> { ["PhantomPortsWarningsAsErrors"] = "true" });

        Assert.False(strict.Succeeded);
        Assert.Equal(1, strict.GeneratorRuns);
        Assert.Equal("PM2001", Assert.Single(strict.Errors).Code);
        Assert.Empty(strict.Warnings);
    }

    [Fact]
    public void A_collision_fails_the_build_at_the_colliding_value_and_the_fix_passes()
    {
        using var project = new TestProject();
        Assert.True(project.Build().Succeeded);
        var before = FileSnapshot.Of(project.Output);

        project.Edit(project.Spec, SampleSpec.Collision);
        var failed = project.Build();

        Assert.False(failed.Succeeded);
        var error = Assert.Single(failed.Errors);
        var (line, column) = SampleSpec.PositionOfLastHostPort(SampleSpec.Collision, 24510);
        Assert.Equal(("PM1201", project.Spec, line, column), (error.Code, error.File, error.LineNumber, error.ColumnNumber));
        Assert.Equal((0, 0), (error.EndLineNumber, error.EndColumnNumber));
        before.AssertUnchanged(FileSnapshot.Of(project.Output));

        // The failed run left the stamp older than the spec: building again, unchanged, fails again.
        Assert.False(project.Build().Succeeded);

        project.Edit(project.Spec, SampleSpec.ValidMoved);
        var fixedBuild = project.Build();
        Assert.True(fixedBuild.Succeeded, fixedBuild.Log);
        Assert.Contains("- 24521", File.ReadAllText(Path.Combine(project.Output, "ports.md")), StringComparison.Ordinal);
    }

    [Fact]
    public void A_design_time_build_does_not_run_the_generator()
    {
        using var project = new TestProject();

        var build = project.Build(new Dictionary<string, string> { ["DesignTimeBuild"] = "true" });

        Assert.True(build.Succeeded, build.Log);
        Assert.Equal(0, build.GeneratorRuns);
        Assert.False(build.TargetStarted("_PhantomPortsPrepare"));
        Assert.False(Directory.Exists(project.Output));
        Assert.False(Directory.Exists(project.StateFolder));
    }

    [Fact]
    public void PhantomPortsEnabled_false_turns_everything_off()
    {
        using var project = new TestProject(properties: "<PhantomPortsEnabled>false</PhantomPortsEnabled>");
        File.WriteAllText(project.Spec, SampleSpec.Collision);

        var build = project.Build();

        Assert.True(build.Succeeded, build.Log);
        Assert.Equal(0, build.GeneratorRuns);
        Assert.False(Directory.Exists(project.Output));
    }

    [Fact]
    public void ValidateOnly_fails_on_a_collision_and_writes_no_output()
    {
        using var project = new TestProject(properties: "<PhantomPortsValidateOnly>true</PhantomPortsValidateOnly>");

        var valid = project.Build();
        Assert.True(valid.Succeeded, valid.Log);
        Assert.Equal(1, valid.GeneratorRuns);
        Assert.False(Directory.Exists(project.Output));

        project.Edit(project.Spec, SampleSpec.Collision);
        var collision = project.Build();
        Assert.False(collision.Succeeded);
        Assert.Equal("PM1201", Assert.Single(collision.Errors).Code);
        Assert.False(Directory.Exists(project.Output));
    }

    [Fact]
    public void Clean_removes_the_generated_files_and_the_state_and_keeps_files_written_by_hand()
    {
        using var project = new TestProject();
        Assert.True(project.Build().Succeeded);
        var handWritten = project.Write("artifacts/deploy/NOTES.md", "kept");

        var clean = project.Clean();

        Assert.True(clean.Succeeded, clean.Log);
        Assert.Equal(1, clean.TaskRuns("CleanPortArtifacts"));
        Assert.Equal(["NOTES.md"], Directory.EnumerateFileSystemEntries(project.Output).Select(Path.GetFileName));
        Assert.Equal("kept", File.ReadAllText(handWritten));
        Assert.Empty(Directory.EnumerateFileSystemEntries(project.StateFolder));

        var rebuild = project.Build();
        Assert.Equal(1, rebuild.GeneratorRuns);
        Assert.True(File.Exists(Path.Combine(project.Output, "hello.txt")));
    }

    [Fact]
    public void The_paths_are_relative_to_the_project_and_can_all_be_moved()
    {
        using var project = new TestProject(writeSample: false, properties: """
                <PhantomPortsSpec>spec/my-ports.toml</PhantomPortsSpec>
                <PhantomPortsTemplates>tpl</PhantomPortsTemplates>
                <PhantomPortsOutput>out/generated</PhantomPortsOutput>
            """);
        project.Write("spec/my-ports.toml", SampleSpec.Valid);
        project.Write("tpl/hello.txt.sbn", SampleSpec.HelloTemplate);

        var build = project.Build();

        Assert.True(build.Succeeded, build.Log);
        Assert.Equal(SampleSpec.HelloOutput, File.ReadAllText(project.Combine("out", "generated", "hello.txt")));
        Assert.Equal(["hello.txt"], Directory.EnumerateFiles(project.Combine("out", "generated")).Select(Path.GetFileName).Where(n => !n!.StartsWith('.')));
    }

    [Fact]
    public void The_templates_folder_defaults_to_templates_beside_the_spec()
    {
        using var project = new TestProject(writeSample: false, properties: "<PhantomPortsSpec>deploy/ports.toml</PhantomPortsSpec>");
        SampleSpec.WriteTo(project.Combine("deploy"));

        var build = project.Build();

        Assert.True(build.Succeeded, build.Log);
        // The output stays relative to the project, not to the spec.
        Assert.Equal(SampleSpec.HelloOutput, File.ReadAllText(Path.Combine(project.Output, "hello.txt")));
    }

    [Fact]
    public void A_templates_folder_set_by_the_project_must_exist()
    {
        using var project = new TestProject(properties: "<PhantomPortsTemplates>templtes</PhantomPortsTemplates>");

        var build = project.Build();

        Assert.False(build.Succeeded);
        var error = Assert.Single(build.Errors);
        Assert.Equal("PM3010", error.Code);
        Assert.Contains("templtes", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_spec_is_an_error_naming_the_file()
    {
        using var project = new TestProject(writeSample: false);

        var build = project.Build();

        Assert.False(build.Succeeded);
        var error = Assert.Single(build.Errors);
        Assert.Equal("PM1006", error.Code);
        Assert.Equal(project.Spec, error.File);
    }

    [Fact]
    public void The_task_runs_out_of_process_with_PhantomPortsUseTaskHost()
    {
        using var project = new TestProject(properties: "<PhantomPortsUseTaskHost>true</PhantomPortsUseTaskHost>");
        File.WriteAllText(project.Spec, SampleSpec.Collision);

        var failed = project.Build();
        Assert.False(failed.Succeeded);
        var error = Assert.Single(failed.Errors);
        Assert.Equal(("PM1201", project.Spec), (error.Code, error.File));

        project.Edit(project.Spec, SampleSpec.Valid);
        var build = project.Build();
        Assert.True(build.Succeeded, build.Log);
        Assert.Equal(SampleSpec.HelloOutput, File.ReadAllText(Path.Combine(project.Output, "hello.txt")));
    }
}
