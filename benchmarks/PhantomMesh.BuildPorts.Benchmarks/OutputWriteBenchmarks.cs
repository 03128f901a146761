using BenchmarkDotNet.Attributes;
using PhantomMesh.BuildPorts.Diagnostics;
using PhantomMesh.BuildPorts.Generation;
using PhantomMesh.BuildPorts.Loading;
using PhantomMesh.BuildPorts.Output;
using PhantomMesh.BuildPorts.Rendering;

namespace PhantomMesh.BuildPorts.Benchmarks;

/// <summary>
/// The write stage on the built-in outputs of generated specs: the first write into an empty folder, and the
/// rewrite of a folder that already holds the same files (what every build after the first does), plus the
/// whole pipeline on an unchanged folder.
/// </summary>
[MemoryDiagnoser]
public class OutputWriteBenchmarks
{
    private string _folder = string.Empty;
    private string _specPath = string.Empty;
    private IReadOnlyList<GeneratedFile> _files = [];

    [Params(10, 1_000, 10_000, 100_000)]
    public int Ports { get; set; }

    private string FirstOutput => Path.Combine(_folder, "first");

    private string UnchangedOutput => Path.Combine(_folder, "unchanged");

    [GlobalSetup]
    public void Setup()
    {
        _folder = Path.Combine(Path.GetTempPath(), $"phantom-bench-write-{Ports}-{Environment.ProcessId}");
        Directory.CreateDirectory(_folder);
        _specPath = Path.Combine(_folder, "ports.toml");
        File.WriteAllText(_specPath, GeneratedSpec.Create(Ports));
        var specs = SpecLoader.LoadText(File.ReadAllText(_specPath), _specPath).Specs
            ?? throw new InvalidOperationException("The generated spec does not load.");
        _files = new TemplateRenderer(TemplateSetLoader.Load(null, new DiagnosticBag()), UnchangedOutput).Render(specs).Files;
        if (!OutputWriter.Write(UnchangedOutput, _files).Plan.CanWrite)
        {
            throw new InvalidOperationException("The generated outputs cannot be written.");
        }
    }

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(_folder, recursive: true);

    /// <summary>An empty folder for every first write; made and removed outside the measured time.</summary>
    [IterationSetup(Target = nameof(WriteFirst))]
    public void EmptyFirstOutput()
    {
        if (Directory.Exists(FirstOutput))
        {
            Directory.Delete(FirstOutput, recursive: true);
        }
    }

    [Benchmark]
    [InvocationCount(1)]
    public WriteResult WriteFirst() => OutputWriter.Write(FirstOutput, _files);

    [Benchmark]
    public WriteResult WriteUnchanged() => OutputWriter.Write(UnchangedOutput, _files);

    /// <summary>What <c>phantom-gen generate</c> does in process: read, check, render, and find every file unchanged.</summary>
    [Benchmark]
    public GenerationResult GenerateUnchanged() => Generator.Run(new GenerationOptions { SpecPath = _specPath, OutputFolder = UnchangedOutput });
}
