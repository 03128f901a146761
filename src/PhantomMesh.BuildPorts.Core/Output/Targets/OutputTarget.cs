using PhantomMesh.BuildPorts.Diagnostics;

namespace PhantomMesh.BuildPorts.Output.Targets;

/// <summary>A generated file whose path was checked: <see cref="RelativePath"/> is normalised, <see cref="FullPath"/> lies inside the output folder.</summary>
internal sealed record OutputTarget(GeneratedFile File, string RelativePath, string FullPath, SourceLocation Location);
