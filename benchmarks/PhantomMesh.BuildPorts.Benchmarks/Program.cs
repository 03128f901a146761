using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(PhantomMesh.BuildPorts.Benchmarks.SpecPipelineBenchmarks).Assembly).Run(args);
