using PhantomMesh.BuildPorts.Diagnostics;

namespace PhantomMesh.BuildPorts.Rendering;

public sealed record RenderResult(IReadOnlyList<RenderedFile> Files, IReadOnlyList<Diagnostic> Diagnostics)
{
    public bool HasErrors => Diagnostics.Any(d => d.IsError);
}
