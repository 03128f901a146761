using BenchmarkDotNet.Attributes;
using PhantomMesh.BuildPorts.Diagnostics;
using PhantomMesh.BuildPorts.Import;

namespace PhantomMesh.BuildPorts.Benchmarks;

/// <summary><c>phantom-gen import</c> of one large Compose file: read, merge and write the spec text (nothing is written to disk).</summary>
[MemoryDiagnoser]
public class ImportBenchmarks
{
    private string _folder = string.Empty;
    private string _compose = string.Empty;

    [Params(1, 10)]
    public int Megabytes { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _folder = Path.Combine(Path.GetTempPath(), $"phantom-bench-import-{Megabytes}");
        Directory.CreateDirectory(_folder);
        _compose = Path.Combine(_folder, "docker-compose.yml");
        File.WriteAllText(_compose, GeneratedCompose.Create(Megabytes * 1024 * 1024));
    }

    [Benchmark]
    public ImportPlan? Import()
        => SpecImport.Plan(new ImportRequest([_compose], [], Path.Combine(_folder, "ports.toml")), new DiagnosticBag());
}
