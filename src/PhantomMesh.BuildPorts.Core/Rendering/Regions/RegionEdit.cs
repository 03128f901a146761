using PhantomMesh.BuildPorts.Diagnostics;

namespace PhantomMesh.BuildPorts.Rendering.Regions;

/// <summary>What a region template rendered: <see cref="Content"/> for the region <see cref="Region"/> of the file <see cref="Target"/>.</summary>
internal sealed record RegionEdit(string Target, string Region, string Content, SourceLocation Origin, string Template);
