using PhantomMesh.BuildPorts.Tasks.Tests.Infrastructure;

namespace PhantomMesh.BuildPorts.Tasks.Tests.InProcess;

/// <summary>A neighbouring project's Compose file named in includes: it breaks the build on a collision and is an input of the target.</summary>
[Collection(InProcessCollection.Name)]
public sealed class ComposeIncludeBuildTests
{
    private const string Generate = "PhantomPortsGenerate";

    private static string Neighbour(string mapping) => $"""
        services:
          shop:
            image: ghcr.io/example/shop:1.0
            ports:
              - "{mapping}"
        """;

    [Fact]
    public void A_host_port_the_neighbours_Compose_file_publishes_fails_the_build_at_our_port_naming_their_file_and_line()
    {
        using var project = new TestProject();
        var compose = project.Write("neighbour/docker-compose.yml", Neighbour("24512:8080"));
        var spec = "includes = [\"neighbour/docker-compose.yml\"]\n" + SampleSpec.Valid;
        File.WriteAllText(project.Spec, spec);

        var build = project.Build();

        Assert.False(build.Succeeded);
        var error = Assert.Single(build.Errors);
        var (line, column) = SampleSpec.PositionOfLastHostPort(spec, 24512);
        Assert.Equal(("PM1201", project.Spec, line, column), (error.Code, error.File, error.LineNumber, error.ColumnNumber));
        Assert.Contains("service 'shop' (ports entry \"24512:8080\")", error.Message, StringComparison.Ordinal);
        Assert.Contains($"uses host port 24512 here: {compose}(5,9))", error.Message, StringComparison.Ordinal);
        // Their file is named once, by the related location the logger appends.
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(error.Message!, System.Text.RegularExpressions.Regex.Escape(compose)));
    }

    [Fact]
    public void Editing_an_included_Compose_file_runs_the_generator_again()
    {
        using var project = new TestProject();
        var compose = project.Write("neighbour/docker-compose.yml", Neighbour("24590:8080"));
        File.WriteAllText(project.Spec, "includes = [\"neighbour/docker-compose.yml\"]\n" + SampleSpec.Valid);

        AssertAnEditRerunsTheGeneratorIntoACollision(project, compose, Neighbour("24512:8080"));
    }

    [Fact]
    public void Editing_the_env_file_beside_an_included_Compose_file_runs_the_generator_again()
    {
        using var project = new TestProject();
        project.Write("neighbour/compose.yaml", Neighbour("${SHOP_PORT}:8080"));
        var env = project.Write("neighbour/.env", "SHOP_PORT=24590\n");
        File.WriteAllText(project.Spec, "includes = [{ compose = \"neighbour/compose.yaml\" }]\n" + SampleSpec.Valid);

        AssertAnEditRerunsTheGeneratorIntoACollision(project, env, "SHOP_PORT=24510\n");
    }

    [Fact]
    public void A_warning_about_the_neighbours_Compose_file_is_logged_in_that_file_and_the_build_passes()
    {
        using var project = new TestProject(properties: "<PhantomPortsWarningsAsErrors>true</PhantomPortsWarningsAsErrors>");
        var compose = project.Write("neighbour/docker-compose.yml", "services:\n  vpn:\n    network_mode: host\n");
        File.WriteAllText(project.Spec, "includes = [\"neighbour/docker-compose.yml\"]\n" + SampleSpec.Valid);

        var build = project.Build();

        Assert.True(build.Succeeded, build.Log);
        var warning = Assert.Single(build.Warnings);
        Assert.Equal(("PM2011", compose, 3, 19), (warning.Code, warning.File, warning.LineNumber, warning.ColumnNumber));
    }

    /// <summary>A first build passes and lists <paramref name="input"/>, a second is skipped, and after the edit the generator runs and reports the collision.</summary>
    private static void AssertAnEditRerunsTheGeneratorIntoACollision(TestProject project, string input, string collidingText)
    {
        var first = project.Build();
        Assert.True(first.Succeeded, first.Log);
        Assert.Contains(input, File.ReadAllLines(Path.Combine(project.StateFolder, "consumer.proj.inputs")));
        Assert.True(project.Build().SkippedAsUpToDate(Generate));

        project.Edit(input, collidingText);
        var build = project.Build();

        Assert.False(build.Succeeded);
        Assert.Equal(1, build.GeneratorRuns);
        Assert.Equal("PM1201", Assert.Single(build.Errors).Code);
    }
}
