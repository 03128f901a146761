using PhantomMesh.BuildPorts.Diagnostics;

namespace PhantomMesh.BuildPorts.Loading.Toml;

/// <summary>One segment of a key or header, with where it was written.</summary>
internal readonly record struct TomlKeySegment(string Name, SourceLocation Location);
