// In-process MSBuild builds share process-wide state (the current directory, environment variables,
// the default BuildManager) and the end-to-end tests are slow and CPU-bound: one test at a time.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
