using PhantomMesh.BuildPorts.Diagnostics;

namespace PhantomMesh.BuildPorts.Rendering;

/// <summary>
/// A file the templates produced, in memory. <see cref="Owned"/> is false for a hand-written file
/// in which only marked regions were regenerated: the tool never deletes such a file.
/// </summary>
public sealed record RenderedFile(string RelativePath, string Content, bool Owned, SourceLocation Origin);
