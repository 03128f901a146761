namespace PhantomMesh.BuildPorts.Diagnostics;

/// <summary>Collects diagnostics in the order they are found.</summary>
public sealed class DiagnosticBag
{
    private readonly List<Diagnostic> _items = [];

    public IReadOnlyList<Diagnostic> Items => _items;

    public bool HasErrors => ErrorCount > 0;

    public int ErrorCount { get; private set; }

    public void Add(Diagnostic diagnostic)
    {
        _items.Add(diagnostic);
        ErrorCount += diagnostic.IsError ? 1 : 0;
    }

    /// <summary>Adds what <paramref name="other"/> collected, in its order, after what this bag holds.</summary>
    internal void AddRange(DiagnosticBag other)
    {
        _items.AddRange(other._items);
        ErrorCount += other.ErrorCount;
    }

    public void Add(DiagnosticDescriptor descriptor, SourceLocation location, string message, params RelatedLocation[] related)
        => Add(Diagnostic.Create(descriptor, location, message, related));
}
