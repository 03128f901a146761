using System.Diagnostics;
using System.Globalization;
using PhantomMesh.BuildPorts.Diagnostics;
using PhantomMesh.BuildPorts.Loading;
using PhantomMesh.BuildPorts.Output;
using PhantomMesh.BuildPorts.Rendering;
using PhantomMesh.BuildPorts.Rendering.Model;
using PhantomMesh.BuildPorts.Validation;

namespace PhantomMesh.BuildPorts.Benchmarks;

/// <summary>
/// One pass of the generate pipeline, stage by stage, on a generated spec written to a temporary folder:
/// wall time, CPU time and bytes allocated per stage. Quicker than BenchmarkDotNet and closer to one
/// <c>phantom-gen generate</c>; run it with <c>stages N [N ...]</c>.
/// </summary>
public static class StageTimings
{
    public static void Run(IEnumerable<int> portCounts, bool perTemplate)
    {
        foreach (var ports in portCounts)
        {
            var folder = Path.Combine(Path.GetTempPath(), $"phantom-stages-{ports}-{Environment.ProcessId}");
            Directory.CreateDirectory(folder);
            try
            {
                RunOnce(ports, folder, perTemplate);
            }
            finally
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }

    private static void RunOnce(int ports, string folder, bool perTemplate)
    {
        var specPath = Path.Combine(folder, "ports.toml");
        File.WriteAllText(specPath, GeneratedSpec.Create(ports));
        var output = Path.Combine(folder, "out");
        Console.WriteLine($"{ports:N0} ports ({new FileInfo(specPath).Length / 1024:N0} KiB spec)");

        var check = Measure("check (read, load, validate)", () => SpecCheck.RunAll(specPath));
        MeasureCheckParts(specPath);
        var templates = Measure("templates (load)", () => TemplateSetLoader.Load(null, new DiagnosticBag()));
        Measure("model (build once, for reference)", () => TemplateModelBuilder.Build(check.Specs!));
        var rendered = Measure("render (model and every template)", () => new TemplateRenderer(templates, output).Render(check.Specs!));
        if (perTemplate)
        {
            var partials = templates.All.Where(t => t.IsPartial).ToList();
            foreach (var template in templates.Renderable)
            {
                var alone = new TemplateSet([.. partials, template]);
                Measure("  " + template.Name, () => new TemplateRenderer(alone, output).Render(check.Specs!));
            }
        }

        var first = Measure("write (first)", () => OutputWriter.Write(output, rendered.Files));
        var again = Measure("write (unchanged)", () => OutputWriter.Write(output, rendered.Files));
        var bytes = rendered.Files.Sum(f => (long)f.Content.Length);
        Console.WriteLine($"  {rendered.Files.Count} files, {bytes / 1024:N0} KiB of text; first write created {first.Plan.Created.Count}, rewrite left {again.Plan.Unchanged.Count} unchanged");
        Console.WriteLine($"  peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / (1024 * 1024):N0} MB");
    }

    /// <summary>
    /// The check's parts once more, each on its own, for reference: read, parse (the positioned TOML tree), bind (the
    /// spec from the tree) and validate. Each result stays alive for the next part, as in a check.
    /// </summary>
    private static void MeasureCheckParts(string specPath)
    {
        var fullPath = Path.GetFullPath(specPath);
        var text = Measure("  read", () => SpecFileReader.Read(fullPath, null, new DiagnosticBag())!);
        var tree = Measure("  parse", () => SpecLoader.Parse(text, fullPath, out _)!);
        var loaded = Measure("  bind", () => SpecLoader.LoadParsed(tree, fullPath, environment: null));
        Measure("  validate", () => SpecValidator.Validate(loaded.Specs!));
    }

    private static T Measure<T>(string stage, Func<T> action)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        var process = Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        var clock = Stopwatch.StartNew();
        var result = action();
        clock.Stop();
        process.Refresh();
        var cpuTime = process.TotalProcessorTime - cpu;
        var bytes = GC.GetTotalAllocatedBytes(precise: true) - allocated;
        var live = GC.GetTotalMemory(forceFullCollection: true); // what the harness still holds, this stage's result included
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  {stage,-36} wall {clock.Elapsed.TotalMilliseconds,9:F1} ms  cpu {cpuTime.TotalMilliseconds,9:F1} ms  allocated {bytes / (1024.0 * 1024.0),8:F1} MB  live after {live / (1024.0 * 1024.0),7:F1} MB"));
        return result;
    }
}
