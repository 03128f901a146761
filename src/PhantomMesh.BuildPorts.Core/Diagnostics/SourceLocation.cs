namespace PhantomMesh.BuildPorts.Diagnostics;

/// <summary>
/// A region of a file. Lines and columns are 1-based; <see cref="EndColumn"/> is exclusive
/// (the column after the last character), as SARIF and most editors expect.
/// </summary>
public readonly record struct SourceLocation(string File, int Line, int Column, int EndLine, int EndColumn)
{
    internal static SourceLocation StartOf(string file) => new(file, 1, 1, 1, 1);

    /// <summary>Whether the region ends after it starts (a point location does not).</summary>
    public bool HasEnd => EndLine >= Line && EndColumn > Column;

    public override string ToString() => $"{File}({Line},{Column})";
}
