using System.Text.Json;
using PhantomMesh.BuildPorts.Cli.Tests.Infrastructure;

namespace PhantomMesh.BuildPorts.Cli.Tests.EndToEnd;

/// <summary>
/// The built tool as its own process, <c>dotnet phantom-gen.dll</c>: Program.cs, the real console,
/// the real environment and the exit code the shell sees.
/// </summary>
[Trait(PhantomGenProcess.TraitName, PhantomGenProcess.TraitValue)]
public sealed class ProcessTests : IDisposable
{
    private readonly TempFolder _temp = new();

    [Fact]
    public async Task Check_of_the_repository_spec_exits_0()
    {
        var result = await PhantomGenProcess.RunAsync(RepoPaths.RepoRoot, "check");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(RepoPaths.CheckSummary, result.StdOut.Trim());
    }

    [Fact]
    public async Task Errors_exit_1_and_redirected_output_has_no_colour()
    {
        _temp.Write("ports.toml", TestSpecs.Collision);

        var result = await PhantomGenProcess.RunAsync(_temp.Path, new Dictionary<string, string?> { ["NO_COLOR"] = null, ["GITHUB_ACTIONS"] = null }, "check");

        Assert.Equal(1, result.ExitCode);
        Assert.Matches(@"^ports\.toml\(\d+,13\): error PM1201: ", result.StdOut);
        Assert.DoesNotContain('\u001b', result.StdOut);
        Assert.Empty(result.StdErr);
    }

    [Fact]
    public async Task Json_on_stdout_and_annotations_on_stderr_under_GitHub_Actions()
    {
        _temp.Write("ports.toml", TestSpecs.Collision);

        var result = await PhantomGenProcess.RunAsync(_temp.Path, new Dictionary<string, string?> { ["GITHUB_ACTIONS"] = "true" }, "check", "--format", "json");

        Assert.Equal(1, result.ExitCode);
        using var document = JsonDocument.Parse(result.StdOut);
        Assert.Equal("PM1201", document.RootElement[0].GetProperty("code").GetString());
        Assert.StartsWith("::error file=ports.toml,line=", result.StdErr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_template_can_list_the_members_of_a_model_object()
    {
        _temp.Write("ports.toml", TestSpecs.Valid);
        _temp.Write("templates/members.txt.sbn", "{{ for kv in ports[0].health }}{{ kv.key }}={{ kv.value ?? '-' }};{{ end }}\n{{ for kv in ports[0].health }}{{ kv }}{{ end }}\n");

        var result = await PhantomGenProcess.RunAsync(_temp.Path, "generate", "--templates", "templates", "--out", "out");

        Assert.True(result.ExitCode == 0, result.ToString());
        var lines = _temp.Read("out/members.txt").Split('\n');
        Assert.Matches(@"^kind=(none|http|command);http_path=[^;]*;command=[^;]*;$", lines[0]);
        Assert.Matches(@"^\{key: ""kind"", value: ""(none|http|command)""\}\{key: ""http_path"", value: [^}]*\}\{key: ""command"", value: [^}]*\}$", lines[1]);
    }

    [Fact]
    public async Task Usage_error_exits_2()
    {
        var result = await PhantomGenProcess.RunAsync(_temp.Path, "check", "--format", "yaml");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("Run 'phantom-gen --help' for usage.", result.StdErr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Next_and_explain_as_a_process()
    {
        var next = await PhantomGenProcess.RunAsync(RepoPaths.RepoRoot, "next", "monitoring", "--count", "2");
        var explain = await PhantomGenProcess.RunAsync(RepoPaths.RepoRoot, "explain", "PM1201");

        Assert.Equal(0, next.ExitCode);
        Assert.Equal("24543\n24544\n", next.StdOut.Replace("\r\n", "\n", StringComparison.Ordinal));
        Assert.Equal(0, explain.ExitCode);
        Assert.StartsWith("## PM1201: Host port already taken", explain.StdOut, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Operating_system_errors_are_sentences_not_resource_keys()
    {
        // /proc refuses new folders; the message must be the runtime's text, not a key such as IO_FileNotFound_FileName.
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        _temp.Write("ports.toml", TestSpecs.Valid);
        _temp.Write("templates/a.txt.sbn", "x\n");

        var result = await PhantomGenProcess.RunAsync(_temp.Path, "generate", "--out", "/proc/phantom-gen-test");

        Assert.Equal(1, result.ExitCode);
        var error = Assert.Single(result.StdOut.Split('\n'), l => l.Contains("error PM3008", StringComparison.Ordinal));
        Assert.DoesNotMatch(@"\b[A-Z][A-Za-z]+_[A-Z][A-Za-z_]+\b", error);
    }

    public void Dispose() => _temp.Dispose();
}
