using PhantomMesh.BuildPorts.Diagnostics;

namespace PhantomMesh.BuildPorts.Output;

/// <summary>One file the templates produced, in memory, ready to be written.</summary>
/// <param name="RelativePath">Where the file goes, relative to the output folder, with '/' between folders.</param>
/// <param name="Content">The complete text, written as UTF-8 without a byte order mark exactly as given.</param>
/// <param name="Owned">
/// False for a hand-written file in which only marked regions were regenerated: it is written like the others
/// but never recorded in the manifest, so the writer never deletes it.
/// </param>
/// <param name="Origin">The template that produced the file; problems with the file are reported there.</param>
/// <param name="Template">The name of that template, as messages about the file name it.</param>
public sealed record GeneratedFile(string RelativePath, string Content, bool Owned = true, SourceLocation? Origin = null, string? Template = null);
