using PhantomMesh.BuildPorts.Diagnostics;

namespace PhantomMesh.BuildPorts.Loading.Compose;

/// <summary>A file's full path and its text, read before parsing.</summary>
internal sealed record SourceText(string Path, string Text)
{
    /// <summary>The file read as <see cref="SpecFileReader"/> reads it; null (and the reason reported) when it cannot be.</summary>
    /// <param name="referencedFrom">Where another file names it; problems are reported there.</param>
    /// <param name="kind">How messages name the file: "Compose file", "Env file", ...</param>
    public static SourceText? FromFile(string path, SourceLocation? referencedFrom, DiagnosticBag diagnostics, string kind)
        => SpecFileReader.Read(path, referencedFrom, diagnostics, kind) is { } text ? new SourceText(path, text) : null;
}
