using PhantomMesh.BuildPorts.Cli.Tests.Infrastructure;

namespace PhantomMesh.BuildPorts.Cli.Tests.Faults;

/// <summary>
/// An output that the disk refuses, as a real process meets it: Core's I/O failure reaches the user as a PM3008
/// diagnostic naming the file, exit code 1, no exception and no stack trace, and nothing is half written.
/// (Core's own tests cover a full disk and access denied through a simulated file system; the tests run as root
/// here, and permissions do not stop root, so a real read-only folder cannot be had.)
/// </summary>
[Collection(FaultsCollection.Name)]
[Trait(PhantomGenProcess.TraitName, PhantomGenProcess.TraitValue)]
public sealed class WriteFailureTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public WriteFailureTests()
    {
        _temp.Write("ports.toml", TestSpecs.Valid);
        _temp.Write("templates/notes/ports.txt.sbn", "{{ for p in ports }}{{ p.host_port }}\n{{ end }}");
        _temp.Write("templates/a.txt.sbn", "a\n");
    }

    [Fact]
    public async Task Folder_where_an_output_file_goes_is_PM3008_naming_the_file_and_exit_1()
    {
        Directory.CreateDirectory(_temp.File("out/a.txt"));

        var result = await PhantomGenProcess.RunAsync(_temp.Path, "generate", "--out", "out");

        AssertReported(result, "'a.txt'");
    }

    [Fact]
    public async Task File_where_an_output_folder_goes_fails_while_writing_and_is_PM3008_naming_the_file_and_exit_1()
    {
        // The plan sees nothing wrong; creating the folder 'notes' for notes/ports.txt fails on the real disk.
        _temp.Write("out/notes", "a file, not a folder\n");

        var result = await PhantomGenProcess.RunAsync(_temp.Path, "generate", "--out", "out");

        AssertReported(result, "'notes/ports.txt'");
        Assert.Equal("a file, not a folder\n", _temp.Read("out/notes"));
    }

    public void Dispose() => _temp.Dispose();

    private void AssertReported(ToolResult result, string file)
    {
        Assert.True(result.ExitCode == 1, result.ToString());
        var error = Assert.Single(result.Output.Split('\n'), line => line.Contains("error PM3008", StringComparison.Ordinal));
        Assert.Contains(file, error, StringComparison.Ordinal);
        KillTests.AssertNoStackTrace(result);
        Assert.False(_temp.Exists("out/a.txt"), "No output is written when one cannot be.");
        Assert.DoesNotContain(_temp.Files(), path => path.EndsWith(".tmp", StringComparison.Ordinal));
    }
}
