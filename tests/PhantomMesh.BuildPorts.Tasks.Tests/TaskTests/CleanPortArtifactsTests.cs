using PhantomMesh.BuildPorts.Tasks.Tests.Infrastructure;

namespace PhantomMesh.BuildPorts.Tasks.Tests.TaskTests;

public sealed class CleanPortArtifactsTests : IDisposable
{
    private readonly TempFolder _temp = new();
    private readonly FakeBuildEngine _engine = new();

    private string Output => _temp.Combine("out");

    [Fact]
    public void Clean_deletes_what_the_generator_wrote_and_keeps_files_written_by_hand()
    {
        var generate = new GeneratePortArtifacts
        {
            BuildEngine = _engine,
            SpecPath = SampleSpec.WriteTo(_temp.Path),
            TemplatesDirectory = _temp.Combine("templates"),
            OutputDirectory = Output,
        };
        Assert.True(generate.Execute(), _engine.Log);
        var handWritten = _temp.Write("out/README.txt", "kept");

        var clean = new CleanPortArtifacts { BuildEngine = _engine, OutputDirectory = Output };

        Assert.True(clean.Execute(), _engine.Log);
        Assert.False(File.Exists(Path.Combine(Output, "hello.txt")));
        Assert.False(File.Exists(Path.Combine(Output, "ports.md")));
        Assert.Equal("kept", File.ReadAllText(handWritten));
        Assert.Equal(["README.txt"], Directory.EnumerateFileSystemEntries(Output).Select(Path.GetFileName));
        Assert.Empty(_engine.Errors);
    }

    [Fact]
    public void Clean_of_a_folder_that_does_not_exist_succeeds_and_creates_nothing()
    {
        var clean = new CleanPortArtifacts { BuildEngine = _engine, OutputDirectory = Output };

        Assert.True(clean.Execute());
        Assert.False(Directory.Exists(Output));
        Assert.Empty(_engine.Errors);
    }

    public void Dispose() => _temp.Dispose();
}
