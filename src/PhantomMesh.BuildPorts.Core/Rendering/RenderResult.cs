using PhantomMesh.BuildPorts.Diagnostics;
using PhantomMesh.BuildPorts.Output;

namespace PhantomMesh.BuildPorts.Rendering;

/// <summary>The files the templates produced, sorted by path, and the problems met while rendering them.</summary>
public sealed record RenderResult(IReadOnlyList<GeneratedFile> Files, IReadOnlyList<Diagnostic> Diagnostics)
{
    public bool HasErrors => Diagnostics.Any(d => d.IsError);
}
