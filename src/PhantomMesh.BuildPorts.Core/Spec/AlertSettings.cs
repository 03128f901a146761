namespace PhantomMesh.BuildPorts.Spec;

/// <summary>The <c>[alerts]</c> table: how the generated Prometheus alert rules behave.</summary>
public sealed record AlertSettings(string TargetDownFor, string Severity)
{
    public static AlertSettings Default { get; } = new("2m", "critical");
}
