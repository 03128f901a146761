using Microsoft.Build.Framework;
using PhantomMesh.BuildPorts.Tasks.Tests.Infrastructure;

namespace PhantomMesh.BuildPorts.Tasks.Tests.TaskTests;

/// <summary>The task alone, with a fake build engine: how Core's results become MSBuild errors, warnings and outputs.</summary>
public sealed class GeneratePortArtifactsTests : IDisposable
{
    private readonly TempFolder _temp = new();
    private readonly FakeBuildEngine _engine = new();

    private string Output => _temp.Combine("artifacts", "deploy");

    private GeneratePortArtifacts Task(string spec, bool validateOnly = false, bool warningsAsErrors = false)
    {
        var specPath = SampleSpec.WriteTo(_temp.Path, spec);
        return new GeneratePortArtifacts
        {
            BuildEngine = _engine,
            SpecPath = specPath,
            TemplatesDirectory = _temp.Combine("templates"),
            OutputDirectory = Output,
            ValidateOnly = validateOnly,
            WarningsAsErrors = warningsAsErrors,
            BuiltInTemplates = false,
        };
    }

    [Fact]
    public void A_collision_is_an_error_with_code_file_line_column_and_help_link()
    {
        var task = Task(SampleSpec.Collision);

        Assert.False(task.Execute());

        var error = Assert.Single(_engine.Errors);
        var (line, column) = SampleSpec.PositionOfLastHostPort(SampleSpec.Collision, 24510);
        Assert.Equal("PM1201", error.Code);
        Assert.Equal(task.SpecPath, error.File);
        Assert.Equal(line, error.LineNumber);
        Assert.Equal(column, error.ColumnNumber);
        // No end position: MSBuild then prints file(line,col), the form every annotator reads.
        Assert.Equal(0, error.EndLineNumber);
        Assert.Equal(0, error.EndColumnNumber);
        Assert.Equal(PhantomMesh.BuildPorts.Diagnostics.DiagnosticDescriptor.DocsPage + "#pm1201", error.HelpLink);
        Assert.Null(error.Subcategory);
        Assert.Empty(_engine.Warnings);
    }

    [Fact]
    public void Related_locations_are_in_the_message_without_square_brackets()
    {
        var task = Task(SampleSpec.Collision);

        task.Execute();

        // The other side of the collision, one.http, is at the first host_port = 24510.
        var error = Assert.Single(_engine.Errors);
        var first = SampleSpec.Collision.ReplaceLineEndings("\n").Split('\n').ToList().FindIndex(l => l == "host_port = 24510") + 1;
        Assert.Contains($"{task.SpecPath}({first},13)", error.Message, StringComparison.Ordinal);
        // Once: the rule's message leaves the other place to the related location, which the logger appends.
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(error.Message!, $@"\({first},13\)"));
        Assert.DoesNotContain($"line {first}", error.Message, StringComparison.Ordinal);
        // Problem matchers (setup-dotnet's among them) end the message at the first " [", where MSBuild puts the project.
        Assert.DoesNotContain(" [", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_warning_is_logged_as_a_warning_and_the_files_are_written()
    {
        var task = Task(SampleSpec.IanaWarning);

        Assert.True(task.Execute(), _engine.Log);

        Assert.Empty(_engine.Errors);
        var warning = Assert.Single(_engine.Warnings);
        var (line, column) = SampleSpec.PositionOfLastHostPort(SampleSpec.IanaWarning, 24554);
        Assert.Equal("PM2001", warning.Code);
        Assert.Equal(task.SpecPath, warning.File);
        Assert.Equal((line, column), (warning.LineNumber, warning.ColumnNumber));
        Assert.Equal(PhantomMesh.BuildPorts.Diagnostics.DiagnosticDescriptor.DocsPage + "#pm2001", warning.HelpLink);
        Assert.True(File.Exists(Path.Combine(Output, "hello.txt")));
    }

    [Fact]
    public void WarningsAsErrors_turns_the_warning_into_an_error_and_writes_nothing()
    {
        var task = Task(SampleSpec.IanaWarning, warningsAsErrors: true);

        Assert.False(task.Execute());

        Assert.Empty(_engine.Warnings);
        var error = Assert.Single(_engine.Errors);
        Assert.Equal("PM2001", error.Code);
        Assert.Equal(task.SpecPath, error.File);
        Assert.False(Directory.Exists(Output));
    }

    [Fact]
    public void ValidateOnly_checks_the_spec_and_writes_nothing()
    {
        var task = Task(SampleSpec.Valid, validateOnly: true);

        Assert.True(task.Execute(), _engine.Log);

        Assert.False(Directory.Exists(Output));
        Assert.Empty(task.GeneratedFiles);
        Assert.Equal([task.SpecPath], task.InputFiles.Select(i => i.ItemSpec));
        Assert.Contains(_engine.Messages, m => m.Message!.Contains("nothing written", StringComparison.Ordinal));
    }

    [Fact]
    public void ValidateOnly_still_fails_on_a_collision()
    {
        var task = Task(SampleSpec.Collision, validateOnly: true);

        Assert.False(task.Execute());

        Assert.Equal("PM1201", Assert.Single(_engine.Errors).Code);
        Assert.False(Directory.Exists(Output));
    }

    [Fact]
    public void A_run_reports_its_inputs_and_the_full_paths_of_what_it_generated()
    {
        _temp.Write("shared/ports.toml", """
            [project]
            name = "neighbour"

            [containers.db]
            image = "postgres:17"

            [containers.db.ports.sql]
            host_port = 24590
            container_port = 5432
            """);
        var task = Task("includes = [\"shared/ports.toml\"]\n" + SampleSpec.Valid);

        Assert.True(task.Execute(), _engine.Log);

        Assert.Equal(
            new[] { task.SpecPath, _temp.Combine("shared", "ports.toml"), _temp.Combine("templates", "hello.txt.sbn"), _temp.Combine("templates", "ports.md.sbn") }.Order(),
            task.InputFiles.Select(i => Path.GetFullPath(i.ItemSpec)).Order());
        Assert.Equal(
            new[] { Path.Combine(Output, "hello.txt"), Path.Combine(Output, "ports.md") },
            task.GeneratedFiles.Select(i => i.ItemSpec).Order());
        Assert.Equal(SampleSpec.HelloOutput, File.ReadAllText(Path.Combine(Output, "hello.txt")));
    }

    [Fact]
    public void The_summary_is_high_importance_when_files_changed_and_normal_when_not()
    {
        Assert.True(Task(SampleSpec.Valid).Execute(), _engine.Log);
        var first = Assert.Single(_engine.Messages, m => m.Message!.StartsWith(GeneratePortArtifacts.MessagePrefix, StringComparison.Ordinal));
        Assert.Equal(MessageImportance.High, first.Importance);
        Assert.Contains("2 created", first.Message, StringComparison.Ordinal);

        _engine.Messages.Clear();
        Assert.True(Task(SampleSpec.Valid).Execute(), _engine.Log);
        var second = Assert.Single(_engine.Messages, m => m.Message!.StartsWith(GeneratePortArtifacts.MessagePrefix, StringComparison.Ordinal));
        Assert.Equal(MessageImportance.Normal, second.Importance);
        Assert.Contains("all unchanged", second.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_failed_run_leaves_the_previous_outputs_as_they_were()
    {
        Assert.True(Task(SampleSpec.Valid).Execute(), _engine.Log);
        var before = FileSnapshot.Of(Output);

        Assert.False(Task(SampleSpec.Collision).Execute());

        before.AssertUnchanged(FileSnapshot.Of(Output));
    }

    [Fact]
    public void A_broken_template_is_an_error_at_the_template()
    {
        var task = Task(SampleSpec.Valid);
        var template = _temp.Write("templates/broken.txt.sbn", "line one\n{{ if }}\n");

        Assert.False(task.Execute());

        Assert.NotEmpty(_engine.Errors);
        Assert.All(_engine.Errors, error =>
        {
            Assert.StartsWith("PM3", error.Code, StringComparison.Ordinal);
            Assert.Equal(template, error.File);
            Assert.Equal(2, error.LineNumber);
            Assert.True(error.ColumnNumber > 0);
        });
        Assert.False(Directory.Exists(Output));
    }

    public void Dispose() => _temp.Dispose();
}
