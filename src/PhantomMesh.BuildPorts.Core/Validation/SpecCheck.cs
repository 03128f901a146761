using PhantomMesh.BuildPorts.Diagnostics;
using PhantomMesh.BuildPorts.Loading;
using PhantomMesh.BuildPorts.Spec;

namespace PhantomMesh.BuildPorts.Validation;

/// <summary>Loading and validation in one call: what the MSBuild task and the CLI run first.</summary>
public static class SpecCheck
{
    public static SpecCheckResult Run(string specPath, ValidationOptions? options = null)
        => Validate(SpecLoader.Load(specPath), options);

    public static SpecCheckResult RunText(string text, string specPath, ValidationOptions? options = null)
        => Validate(SpecLoader.LoadText(text, specPath), options);

    private static SpecCheckResult Validate(SpecLoadResult loaded, ValidationOptions? options)
    {
        // Rules on a half-bound spec would report consequences of the load errors; show those first.
        if (loaded.HasErrors || loaded.Specs is null)
        {
            return new SpecCheckResult(loaded.Specs, loaded.Diagnostics, 0);
        }

        var validation = SpecValidator.Validate(loaded.Specs, options);
        return new SpecCheckResult(loaded.Specs, [.. loaded.Diagnostics, .. validation.Diagnostics], validation.SuppressedCount);
    }
}

public sealed record SpecCheckResult(SpecSet? Specs, IReadOnlyList<Diagnostic> Diagnostics, int SuppressedCount)
{
    public bool HasErrors => Specs is null || Diagnostics.Any(d => d.IsError);

    public int ErrorCount => Diagnostics.Count(d => d.IsError);

    public int WarningCount => Diagnostics.Count(d => !d.IsError);
}
