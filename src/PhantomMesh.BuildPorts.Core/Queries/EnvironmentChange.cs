namespace PhantomMesh.BuildPorts.Queries;

/// <summary>
/// One setting an environment changes against the base: of a port (<paramref name="Port"/> set), a
/// container, a group or reservation, or the project. A value of null means "not there".
/// </summary>
public sealed record EnvironmentChange(string Subject, string? Port, string Setting, string? Base, string? Environment);
