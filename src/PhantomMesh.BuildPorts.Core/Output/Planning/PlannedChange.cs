using PhantomMesh.BuildPorts.Diagnostics;

namespace PhantomMesh.BuildPorts.Output.Planning;

/// <summary>A file whose bytes on disk must become <see cref="Content"/>; <see cref="Previous"/> is what it held when planned.</summary>
internal sealed record PlannedChange(string RelativePath, string FullPath, byte[] Content, SourceLocation Location, PreviousContent Previous);
