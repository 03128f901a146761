namespace PhantomMesh.BuildPorts.Diagnostics;

/// <summary>Another place that takes part in a diagnostic, such as the other side of a collision.</summary>
public sealed record RelatedLocation(SourceLocation Location, string Message);
