using PhantomMesh.BuildPorts.Diagnostics;
using PhantomMesh.BuildPorts.Iana;
using PhantomMesh.BuildPorts.Spec;

namespace PhantomMesh.BuildPorts.Validation;

/// <summary>What a rule sees: the specs and a place to report, which applies the spec's suppressions.</summary>
internal sealed class ValidationContext(SpecSet specs, IanaRegistry iana)
{
    private readonly List<Diagnostic> _diagnostics = [];

    public SpecSet Specs { get; } = specs;

    public PortSpec Root => Specs.Root;

    /// <summary>The root spec's ports (<see cref="PortSpec.Ports"/>), listed once for every rule that walks them.</summary>
    public PortMapping[] RootPorts => _rootPorts ??= [.. Specs.Root.Ports];

    private PortMapping[]? _rootPorts;

    public IanaRegistry Iana { get; } = iana;

    public IReadOnlyList<Diagnostic> Diagnostics => _diagnostics;

    /// <summary>How many warnings the spec suppressed (shown in summaries so suppressions stay visible).</summary>
    public int SuppressedCount { get; private set; }

    /// <summary>A context over the same specs (and the same list of root ports) with diagnostics of its own, for rules run on another thread.</summary>
    public ValidationContext Fork() => new(Specs, Iana) { _rootPorts = RootPorts };

    /// <summary>Adds what <paramref name="other"/> (a <see cref="Fork"/>) reported after what this one did.</summary>
    public void Append(ValidationContext other)
    {
        _diagnostics.AddRange(other._diagnostics);
        SuppressedCount += other.SuppressedCount;
    }

    /// <summary>Reports a diagnostic about <paramref name="subject"/>, unless that port suppresses the code.</summary>
    public void Report(DiagnosticDescriptor descriptor, SourceLocation location, string message, PortMapping? subject = null, params RelatedLocation[] related)
    {
        if (subject is not null && descriptor.DefaultSeverity == DiagnosticSeverity.Warning && subject.Suppressions.ContainsKey(descriptor.Code))
        {
            SuppressedCount++;
            return;
        }

        _diagnostics.Add(Diagnostic.Create(descriptor, location, message, related));
    }
}
