namespace PhantomMesh.BuildPorts.Validation;

public sealed record ValidationOptions
{
    public static ValidationOptions Default { get; } = new();

    /// <summary>Report every warning as an error, so that it fails the build.</summary>
    public bool WarningsAsErrors { get; init; }
}
