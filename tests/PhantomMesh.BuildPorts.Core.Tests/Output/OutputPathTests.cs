using PhantomMesh.BuildPorts.Diagnostics;
using PhantomMesh.BuildPorts.Output;

namespace PhantomMesh.BuildPorts.Tests.Output;

/// <summary>No generated file can land outside the output folder, and no two can land on one path.</summary>
public class OutputPathTests
{
    private static readonly SourceLocation Template = new("templates/compose.scriban", 3, 5, 3, 20);

    [Theory]
    [InlineData("/etc/passwd")]
    [InlineData("C:\\Windows\\x.yml")]
    [InlineData("C:x.yml")]
    [InlineData("\\\\server\\share\\x.yml")]
    [InlineData("../x.yml")]
    [InlineData("k8s/../../x.yml")]
    [InlineData("")]
    [InlineData("k8s\\service.yaml")]
    [InlineData("compose\u0000.yml")]
    [InlineData("compose\n.yml")]
    [InlineData("a<b.yml")]
    [InlineData("k8s/")]
    [InlineData("k8s/..")]
    [InlineData("con.yml")]
    [InlineData("k8s./x.yml")]
    public void Bad_path_is_rejected_at_its_template_before_anything_is_written(string path)
    {
        using var temp = new TempOutput();

        var result = OutputWriter.Write(temp.Folder, [new("good.yml", "ok\n"), new(path, "bad\n", Origin: Template)]);

        Assert.False(result.Succeeded);
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("PM3004", diagnostic.Code);
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Equal(Template, diagnostic.Location);
        Assert.False(string.IsNullOrWhiteSpace(diagnostic.Help));
        Assert.False(Directory.Exists(temp.Folder), "Not even the output folder may be created.");
        Assert.Empty(Directory.EnumerateFileSystemEntries(temp.Root));
    }

    [Fact]
    public void Message_shows_the_bad_path_and_spells_out_control_characters()
    {
        using var temp = new TempOutput();

        var climbing = Assert.Single(OutputWriter.Plan(temp.Folder, [new("k8s/../../x.yml", "")]).Diagnostics);
        var withNul = Assert.Single(OutputWriter.Plan(temp.Folder, [new("a\0b.yml", "")]).Diagnostics);

        Assert.Contains("'k8s/../../x.yml'", climbing.Message, StringComparison.Ordinal);
        Assert.Contains("'a\\u0000b.yml'", withNul.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\0', withNul.Message);
    }

    [Fact]
    public void Without_an_origin_the_diagnostic_points_at_the_output_folder()
    {
        using var temp = new TempOutput();

        var diagnostic = Assert.Single(OutputWriter.Plan(temp.Folder, [new("/etc/x", "")]).Diagnostics);

        Assert.Equal(SourceLocation.StartOf(temp.Folder), diagnostic.Location);
    }

    [Fact]
    public void Paths_that_stay_inside_are_written_in_their_normal_form()
    {
        using var temp = new TempOutput();

        var result = OutputWriter.Write(temp.Folder,
        [
            new("./k8s/./service.yaml", "a\n"),
            new("k8s//deployment.yaml", "b\n"),
            new("k8s/tmp/../config.yaml", "c\n"),
        ]);

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Equal(["k8s/config.yaml", "k8s/deployment.yaml", "k8s/service.yaml"], result.Plan.Created);
        Assert.Equal("a\n", temp.Read("k8s/service.yaml"));
        Assert.False(Directory.Exists(temp.PathOf("k8s/tmp")));
    }

    [SkippableFact]
    public void Folder_link_that_leads_outside_is_rejected_and_the_file_behind_it_is_untouched()
    {
        using var temp = new TempOutput();
        var victim = temp.WriteOutside("elsewhere/victim.yml", "original\n");
        Directory.CreateDirectory(temp.Folder);
        Link(temp.PathOf("linked"), Path.GetDirectoryName(victim)!);

        var result = OutputWriter.Write(temp.Folder, [new("linked/victim.yml", "replaced\n", Origin: Template)]);

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("PM3004", diagnostic.Code);
        Assert.Contains("symbolic link", diagnostic.Message, StringComparison.Ordinal);
        Assert.Equal("original\n", File.ReadAllText(victim));
        Assert.Single(Directory.EnumerateFiles(Path.GetDirectoryName(victim)!));
    }

    [SkippableFact]
    public void Relative_link_is_followed_from_where_it_really_is()
    {
        // deep/er/up leads back to the output folder, so the link 'escape' found through it really sits in the
        // output folder and its '../elsewhere' leaves it, although 'deep/er/elsewhere' written out looks inside.
        using var temp = new TempOutput();
        var victim = temp.WriteOutside("elsewhere/victim.yml", "original\n");
        Directory.CreateDirectory(temp.PathOf("deep/er"));
        Link(temp.PathOf("deep/er/up"), temp.Folder);
        Link(temp.PathOf("escape"), Path.Combine("..", "elsewhere"));

        var result = OutputWriter.Write(temp.Folder, [new("deep/er/up/escape/victim.yml", "replaced\n")]);

        Assert.Equal("PM3004", Assert.Single(result.Diagnostics).Code);
        Assert.Equal("original\n", File.ReadAllText(victim));
    }

    [SkippableFact]
    public void Link_that_stays_inside_the_folder_is_followed()
    {
        using var temp = new TempOutput();
        Directory.CreateDirectory(temp.PathOf("real"));
        Link(temp.PathOf("alias"), temp.PathOf("real"));

        var result = OutputWriter.Write(temp.Folder, [new("alias/service.yaml", "a\n")]);

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Equal("a\n", temp.Read("real/service.yaml"));
    }

    [Fact]
    public void Two_outputs_with_one_path_are_reported_at_the_second_and_name_the_first()
    {
        using var temp = new TempOutput();
        var first = new SourceLocation("templates/a.scriban", 1, 1, 1, 2);
        var second = new SourceLocation("templates/b.scriban", 7, 1, 7, 2);

        var result = OutputWriter.Write(temp.Folder, [new("k8s/service.yaml", "a", Origin: first), new("k8s/./service.yaml", "b", Origin: second)]);

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("PM3005", diagnostic.Code);
        Assert.Equal(second, diagnostic.Location);
        Assert.Equal(first, Assert.Single(diagnostic.Related).Location);
        Assert.Contains("'k8s/service.yaml'", diagnostic.Message, StringComparison.Ordinal);
        Assert.False(Directory.Exists(temp.Folder));
    }

    [Fact]
    public void Paths_differing_only_in_case_are_two_outputs()
    {
        using var temp = new TempOutput();

        var plan = OutputWriter.Plan(temp.Folder, [new("Service.yaml", "a"), new("service.yaml", "b")]);

        Assert.Empty(plan.Diagnostics);
        Assert.Equal(2, plan.Created.Count);
    }

    [Theory]
    [InlineData(".phantom-gen-manifest")]
    [InlineData("./.phantom-gen.lock")]
    public void Output_cannot_take_the_name_of_the_writers_own_files(string path)
    {
        using var temp = new TempOutput();

        var result = OutputWriter.Write(temp.Folder, [new(path, "x")]);

        Assert.Equal("PM3005", Assert.Single(result.Diagnostics).Code);
        Assert.False(Directory.Exists(temp.Folder));
    }

    [Fact]
    public void One_output_cannot_be_the_folder_of_another()
    {
        using var temp = new TempOutput();

        var result = OutputWriter.Write(temp.Folder, [new("k8s", "a"), new("k8s/service.yaml", "b")]);

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("PM3005", diagnostic.Code);
        Assert.Contains("'k8s'", diagnostic.Message, StringComparison.Ordinal);
        Assert.False(Directory.Exists(temp.Folder));
    }

    internal static void Link(string path, string target)
    {
        try
        {
            Directory.CreateSymbolicLink(path, target);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new SkipException("This machine does not let the tests create symbolic links: " + exception.Message);
        }
    }
}
