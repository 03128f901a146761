using PhantomMesh.BuildPorts.Diagnostics;

namespace PhantomMesh.BuildPorts.Spec;

/// <summary>A value from the spec and the place it was written, so any rule can point at it.</summary>
public readonly record struct Located<T>(T Value, SourceLocation Location)
{
    public override string ToString() => Value?.ToString() ?? string.Empty;
}
