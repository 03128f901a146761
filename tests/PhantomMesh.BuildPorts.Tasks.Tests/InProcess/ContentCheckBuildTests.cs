using PhantomMesh.BuildPorts.Tasks.Tests.Infrastructure;

namespace PhantomMesh.BuildPorts.Tasks.Tests.InProcess;

/// <summary>
/// A build whose inputs are newer than the last run but have the same content (a touched spec, a checkout that
/// rewrote a template with the same text) skips the generator as a no-op build does; any change of content runs it.
/// </summary>
[Collection(InProcessCollection.Name)]
public sealed class ContentCheckBuildTests
{
    [Fact]
    public void A_touched_spec_with_the_same_text_skips_the_generator_and_changes_no_output()
    {
        using var project = new TestProject();
        Assert.True(project.Build().Succeeded);
        var outputs = FileSnapshot.Of(project.Output);

        Rewrite(project, project.Spec, File.ReadAllText(project.Spec));
        var build = project.Build();

        Assert.True(build.Succeeded, build.Log);
        Assert.Equal(0, build.GeneratorRuns);
        outputs.AssertUnchanged(FileSnapshot.Of(project.Output));

        // The stamp was brought up to date: the next build is a plain no-op.
        Assert.True(project.Build().SkippedAsUpToDate("_PhantomPortsSkipUnchangedContent"));
    }

    [Fact]
    public void A_template_rewritten_with_the_same_text_skips_the_generator_and_one_with_other_text_runs_it()
    {
        using var project = new TestProject();
        Assert.True(project.Build().Succeeded);
        var template = project.Combine("templates", SampleSpec.HelloTemplateName);

        Rewrite(project, template, SampleSpec.HelloTemplate);
        Assert.Equal(0, project.Build().GeneratorRuns);

        Rewrite(project, template, "{{ project.name }}!\n");
        var changed = project.Build();

        Assert.Equal(1, changed.GeneratorRuns);
        Assert.Equal("demo!\n", File.ReadAllText(Path.Combine(project.Output, "hello.txt")));
    }

    [Fact]
    public void A_spec_edited_back_to_the_text_of_the_last_success_after_a_failed_build_runs_the_generator()
    {
        using var project = new TestProject();
        Assert.True(project.Build().Succeeded);

        Rewrite(project, project.Spec, SampleSpec.Collision);
        Assert.False(project.Build().Succeeded);
        Rewrite(project, project.Spec, SampleSpec.Valid);
        var build = project.Build();

        // A run that starts forgets the last success's content: a failed run may have written (a warning made an error after the write).
        Assert.True(build.Succeeded, build.Log);
        Assert.Equal(1, build.GeneratorRuns);
    }

    [Fact]
    public void A_text_generated_with_the_check_off_and_edited_back_runs_the_generator_with_it_on()
    {
        using var project = new TestProject();
        Assert.True(project.Build().Succeeded);
        var off = new Dictionary<string, string> { ["PhantomPortsContentCheck"] = "false" };

        Rewrite(project, project.Spec, SampleSpec.ValidMoved);
        Assert.Equal(1, project.Build(off).GeneratorRuns);
        Rewrite(project, project.Spec, SampleSpec.Valid);
        var build = project.Build();

        Assert.Equal(1, build.GeneratorRuns);
        Assert.Contains("- 24520", File.ReadAllText(Path.Combine(project.Output, "ports.md")), StringComparison.Ordinal);
    }

    [Fact]
    public void A_spec_that_includes_a_Compose_file_runs_the_generator_when_touched()
    {
        using var project = new TestProject();
        project.Write("neighbour/compose.yaml", "services:\n  shop:\n    image: shop:1.0\n    ports:\n      - \"${SHOP_PORT:-24590}:8080\"\n");
        File.WriteAllText(project.Spec, "includes = [{ compose = \"neighbour/compose.yaml\" }]\n" + SampleSpec.Valid);
        Assert.True(project.Build().Succeeded);

        // Compose reads the environment and a .env created since: the same files need not give the same ports.
        Rewrite(project, project.Spec, File.ReadAllText(project.Spec));
        var build = project.Build();

        Assert.True(build.Succeeded, build.Log);
        Assert.Equal(1, build.GeneratorRuns);
    }

    [Fact]
    public void A_spec_that_failed_fails_again_when_touched_with_the_same_text()
    {
        using var project = new TestProject();
        Assert.True(project.Build().Succeeded);
        Rewrite(project, project.Spec, SampleSpec.Collision);
        Assert.False(project.Build().Succeeded);

        Rewrite(project, project.Spec, SampleSpec.Collision);
        var again = project.Build();

        Assert.False(again.Succeeded);
        Assert.Equal(1, again.GeneratorRuns);
        Assert.Equal("PM1201", Assert.Single(again.Errors).Code);
    }

    [Fact]
    public void A_deleted_output_is_written_again_although_no_input_changed()
    {
        using var project = new TestProject();
        Assert.True(project.Build().Succeeded);
        File.Delete(Path.Combine(project.Output, "hello.txt"));

        Rewrite(project, project.Spec, File.ReadAllText(project.Spec));
        var build = project.Build();

        Assert.Equal(1, build.GeneratorRuns);
        Assert.Equal(SampleSpec.HelloOutput, File.ReadAllText(Path.Combine(project.Output, "hello.txt")));
    }

    [Fact]
    public void With_PhantomPortsContentCheck_false_a_touched_spec_runs_the_generator()
    {
        using var project = new TestProject(properties: "<PhantomPortsContentCheck>false</PhantomPortsContentCheck>");
        Assert.True(project.Build().Succeeded);

        Rewrite(project, project.Spec, File.ReadAllText(project.Spec));
        var build = project.Build();

        Assert.True(build.Succeeded, build.Log);
        Assert.Equal(1, build.GeneratorRuns);
    }

    [Fact]
    public void A_touched_spec_skips_each_environment_that_read_it_and_an_edit_runs_them_all()
    {
        using var project = new TestProject(properties: "<PhantomPortsEnvironments>dev;prod</PhantomPortsEnvironments>", writeSample: false);
        SampleSpec.WriteTo(project.Folder, SampleSpec.WithEnvironments);
        Assert.True(project.Build().Succeeded);

        Rewrite(project, project.Spec, SampleSpec.WithEnvironments);
        Assert.Equal(0, project.Build().GeneratorRuns);

        Rewrite(project, project.Spec, SampleSpec.WithEnvironments.Replace("host_port = 24512", "host_port = 24513", StringComparison.Ordinal));
        Assert.Equal(2, project.Build().GeneratorRuns);
    }

    /// <summary>
    /// Writes <paramref name="text"/> to <paramref name="path"/> after dating the runs' stamps ten seconds back, so the
    /// file is newer than the last run without a time in the future (which no stamp touched now could be newer than).
    /// </summary>
    private static void Rewrite(TestProject project, string path, string text)
    {
        foreach (var stamp in Directory.EnumerateFiles(project.StateFolder, "*.stamp"))
        {
            TestProject.Age(stamp, 10);
        }

        File.WriteAllText(path, text);
    }
}
