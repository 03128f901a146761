using BenchmarkDotNet.Running;
using PhantomMesh.BuildPorts.Benchmarks;

// "stages N ..." times one pass of each stage ("templates N ..." each template too); "spec N FILE" writes the generated spec; anything else goes to BenchmarkDotNet.
if (args is ["stages" or "templates", .. var counts])
{
    StageTimings.Run(counts.Select(int.Parse), perTemplate: args[0] == "templates");
}
else if (args is ["spec", var count, var file])
{
    File.WriteAllText(file, GeneratedSpec.Create(int.Parse(count)));
}
else
{
    BenchmarkSwitcher.FromAssembly(typeof(SpecPipelineBenchmarks).Assembly).Run(args);
}
