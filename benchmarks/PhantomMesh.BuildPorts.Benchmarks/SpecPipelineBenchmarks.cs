using BenchmarkDotNet.Attributes;
using PhantomMesh.BuildPorts.Diagnostics;
using PhantomMesh.BuildPorts.Loading;
using PhantomMesh.BuildPorts.Rendering;
using PhantomMesh.BuildPorts.Spec;
using PhantomMesh.BuildPorts.Validation;
using PhantomMesh.BuildPorts.Validation.Rules;

namespace PhantomMesh.BuildPorts.Benchmarks;

/// <summary>Load (parse and bind), validate, collision-check and render generated specs of growing size.</summary>
[MemoryDiagnoser]
public class SpecPipelineBenchmarks
{
    private string _text = string.Empty;
    private string _path = string.Empty;
    private SpecSet _specs = null!;
    private TemplateSet _builtIns = null!;

    [Params(10, 1_000, 10_000, 100_000)]
    public int Ports { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _text = GeneratedSpec.Create(Ports);
        _path = Path.Combine(Path.GetTempPath(), $"phantom-bench-{Ports}.toml");
        _specs = SpecLoader.LoadText(_text, _path).Specs ?? throw new InvalidOperationException("The generated spec does not load.");
        _builtIns = TemplateSetLoader.Load(null, new DiagnosticBag());
    }

    [Benchmark]
    public SpecLoadResult Load() => SpecLoader.LoadText(_text, _path);

    [Benchmark]
    public ValidationResult Validate() => SpecValidator.Validate(_specs);

    [Benchmark]
    public int CollisionRuleOnly()
    {
        var context = new ValidationContext(_specs, Iana.IanaRegistry.Default);
        new HostPortCollisionRule().Check(context);
        return context.Diagnostics.Count;
    }

    [Benchmark]
    public SpecCheckResult LoadAndValidate() => SpecCheck.RunText(_text, _path);

    /// <summary>Every built-in output, in memory (nothing is written).</summary>
    [Benchmark]
    public RenderResult RenderBuiltIns() => new TemplateRenderer(_builtIns, Path.GetTempPath()).Render(_specs);
}
