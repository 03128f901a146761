using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Build.Framework;
using PhantomMesh.BuildPorts.Cli.Tests.Infrastructure;
using PhantomMesh.BuildPorts.Tasks;

namespace PhantomMesh.BuildPorts.Cli.Tests.EndToEnd;

/// <summary>
/// The CLI and the MSBuild task report the same diagnostics for the same input: the same codes,
/// files, lines, columns, severities and messages. The task folds related locations into its
/// message as <c> [message: file(line,col)]</c>, so the CLI's side is compared in that form.
/// </summary>
public sealed partial class TaskParityTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public static TheoryData<string, string> BadSpecs => new()
    {
        { "collision", TestSpecs.Collision },
        { "syntax", TestSpecs.SyntaxError },
        { "keys", TestSpecs.BadKeys },
        { "reserved", TestSpecs.Reserved },
        { "include", TestSpecs.MissingInclude },
        { "warning", TestSpecs.WarningOnly },
        { "utf8", "(written as bytes)" },
    };

    [GeneratedRegex(@"^(?<file>.+)\((?<line>\d+),(?<col>\d+)\): (?<severity>error|warning) (?<code>PM\d{4}): (?<message>.+)$")]
    private static partial Regex CanonicalLine();

    [Theory]
    [MemberData(nameof(BadSpecs))]
    public void Check_json_and_the_task_report_the_same_diagnostics(string name, string spec)
    {
        var path = WriteSpec(name + ".toml", name, spec);

        var cli = InProcess.Run(_temp.Path, "check", "--format", "json", "--spec", path);
        var task = RunTask(path, validateOnly: true, out var succeeded);

        var fromCli = FromJson(cli.StdOut);
        Assert.NotEmpty(fromCli);
        Assert.Equal(fromCli, task);
        Assert.Equal(cli.ExitCode == 0, succeeded);
    }

    [Theory]
    [MemberData(nameof(BadSpecs))]
    public void Warnings_as_errors_agree_too(string name, string spec)
    {
        var path = WriteSpec("ports.toml", name, spec);

        var cli = InProcess.Run(_temp.Path, "check", "--format", "json", "--warnings-as-errors");
        var task = RunTask(path, validateOnly: true, out var succeeded, warningsAsErrors: true);

        Assert.Equal(FromJson(cli.StdOut), task);
        Assert.All(task, d => Assert.Equal("error", d.Severity));
        Assert.False(succeeded);
    }

    /// <summary>Both ports collide in the base; prod moves both to 24511 (the collision at its override lines); dev adds a warning (an internal port on every address).</summary>
    private static readonly string WithEnvironments = TestSpecs.Collision + """
        [environments.dev.containers.app.ports.http]
        host_ip = "0.0.0.0"

        [environments.prod.containers.web.ports.http]
        host_port = 24511

        [environments.prod.containers.app.ports.http]
        host_port = 24511

        [environments.k8s]
        kubernetes = true
        """;

    public static TheoryData<string> Environments => ["", "dev", "prod", "k8s", "prdo"];

    [Theory]
    [MemberData(nameof(Environments))]
    public void Check_and_the_task_report_the_same_diagnostics_in_each_environment(string environment)
    {
        var path = _temp.Write("ports.toml", WithEnvironments);
        string[] choice = environment.Length == 0 ? [] : ["--environment", environment];

        var cli = InProcess.Run(_temp.Path, ["check", "--format", "json", .. choice]);
        var task = RunTask(path, validateOnly: true, out var succeeded, environment: environment);

        Assert.NotEmpty(task);
        Assert.Equal(FromJson(cli.StdOut), task);
        Assert.Equal(cli.ExitCode == 0, succeeded);
    }

    [Fact]
    public void Generate_text_and_the_task_agree_on_a_template_error()
    {
        var spec = _temp.Write("ports.toml", TestSpecs.Valid);
        _temp.Write("templates/broken.txt.sbn", "ok\n{{ for p in ports }}\n{{ p.host_port }\n");

        var cli = InProcess.Run(_temp.Path, "generate");
        var task = RunTask(spec, validateOnly: false, out var succeeded);

        var fromCli = cli.OutLines.Select(l => CanonicalLine().Match(l)).Where(m => m.Success)
            .Select(m => new Reported(
                m.Groups["code"].Value,
                Path.GetFullPath(Path.Combine(_temp.Path, m.Groups["file"].Value)),
                int.Parse(m.Groups["line"].Value),
                int.Parse(m.Groups["col"].Value),
                m.Groups["severity"].Value,
                m.Groups["message"].Value))
            .ToList();
        Assert.NotEmpty(fromCli);
        Assert.All(fromCli, d => Assert.StartsWith("PM3", d.Code, StringComparison.Ordinal));
        Assert.Equal(fromCli, task);
        Assert.Equal(1, cli.ExitCode);
        Assert.False(succeeded);
    }

    [Fact]
    public void A_valid_spec_gives_nothing_on_either_side()
    {
        var path = _temp.Write("ports.toml", TestSpecs.Valid);

        var cli = InProcess.Run(_temp.Path, "check", "--format", "json");
        var task = RunTask(path, validateOnly: true, out var succeeded);

        Assert.Empty(FromJson(cli.StdOut));
        Assert.Empty(task);
        Assert.True(succeeded);
        Assert.Equal(0, cli.ExitCode);
    }

    public void Dispose() => _temp.Dispose();

    /// <summary>Writes the spec; "utf8" is written as bytes that are not UTF-8 (PM1006).</summary>
    private string WriteSpec(string fileName, string name, string spec)
    {
        var path = _temp.Write(fileName, spec);
        if (name == "utf8")
        {
            File.WriteAllBytes(path, [.. "[project]\nname = \""u8, 0xff, .. "\"\n"u8]);
        }

        return path;
    }

    /// <summary>The CLI's JSON, with related locations appended to the message the way the task logs them (in parentheses, see DiagnosticLogger).</summary>
    private static List<Reported> FromJson(string json)
    {
        using var document = JsonDocument.Parse(json);
        return [.. document.RootElement.EnumerateArray().Select(d =>
        {
            var location = d.GetProperty("location");
            var related = string.Concat(d.GetProperty("related").EnumerateArray().Select(r =>
            {
                var at = r.GetProperty("location");
                return $" ({r.GetProperty("message").GetString()}: {at.GetProperty("file").GetString()}({at.GetProperty("line").GetInt32()},{at.GetProperty("column").GetInt32()}))";
            }));
            return new Reported(
                d.GetProperty("code").GetString()!,
                location.GetProperty("file").GetString()!,
                location.GetProperty("line").GetInt32(),
                location.GetProperty("column").GetInt32(),
                d.GetProperty("severity").GetString()!,
                d.GetProperty("message").GetString() + related);
        })];
    }

    /// <summary>Runs GeneratePortArtifacts against a fake engine; its errors and warnings in the order logged.</summary>
    private List<Reported> RunTask(string specPath, bool validateOnly, out bool succeeded, bool warningsAsErrors = false, string environment = "")
    {
        var engine = new FakeBuildEngine();
        var task = new GeneratePortArtifacts
        {
            BuildEngine = engine,
            SpecPath = specPath,
            OutputDirectory = _temp.File("task-out"),
            ValidateOnly = validateOnly,
            WarningsAsErrors = warningsAsErrors,
            Environment = environment,
        };
        succeeded = task.Execute();

        return [.. engine.Diagnostics.Select(e => e switch
        {
            BuildErrorEventArgs error => new Reported(error.Code, error.File, error.LineNumber, error.ColumnNumber, "error", error.Message ?? string.Empty),
            BuildWarningEventArgs warning => new Reported(warning.Code, warning.File, warning.LineNumber, warning.ColumnNumber, "warning", warning.Message ?? string.Empty),
            _ => throw new InvalidOperationException(e.GetType().Name),
        })];
    }

    private sealed record Reported(string Code, string File, int Line, int Column, string Severity, string Message);
}
