namespace PhantomMesh.BuildPorts.Loading.Compose;

/// <summary>A file's full path and its text, read before parsing.</summary>
public sealed record SourceText(string Path, string Text);
