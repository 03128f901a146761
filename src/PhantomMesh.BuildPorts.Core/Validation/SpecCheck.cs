using PhantomMesh.BuildPorts.Diagnostics;
using PhantomMesh.BuildPorts.Loading;
using PhantomMesh.BuildPorts.Spec;

namespace PhantomMesh.BuildPorts.Validation;

/// <summary>Loading and validation in one call: what the MSBuild task and the CLI run first.</summary>
public static class SpecCheck
{
    /// <summary>Checks the base spec, or the effective spec of <paramref name="environment"/>; the environment's own problems name it.</summary>
    public static SpecCheckResult Run(string specPath, ValidationOptions? options = null, string? environment = null)
        => InEnvironment(env => SpecLoader.Load(specPath, env), options, environment);

    public static SpecCheckResult RunText(string text, string specPath, ValidationOptions? options = null, string? environment = null)
        => InEnvironment(env => SpecLoader.LoadText(text, specPath, env), options, environment);

    /// <summary>Checks the base spec and every environment the spec defines: each environment's own problems are added, naming it.</summary>
    public static SpecCheckResult RunAll(string specPath, ValidationOptions? options = null)
    {
        var baseCheck = Validate(SpecLoader.Load(specPath), options);
        var names = baseCheck.Specs?.Root.EnvironmentNames ?? [];
        var diagnostics = new List<Diagnostic>(baseCheck.Diagnostics);
        var checkedSets = new List<SpecSet>(baseCheck.CheckedSets);
        foreach (var name in names)
        {
            var environmentCheck = Validate(SpecLoader.Load(specPath, name), options);
            diagnostics.AddRange(EnvironmentDiagnostics.Specific(environmentCheck.Diagnostics, baseCheck.Diagnostics, name));
            checkedSets.AddRange(environmentCheck.CheckedSets);
        }

        return baseCheck with { Diagnostics = diagnostics, CheckedSets = checkedSets, Environments = names };
    }

    private static SpecCheckResult InEnvironment(Func<string?, SpecLoadResult> load, ValidationOptions? options, string? environment)
    {
        if (environment is null)
        {
            return Validate(load(null), options);
        }

        var environmentCheck = Validate(load(environment), options);
        var baseCheck = Validate(load(null), options);
        return environmentCheck with
        {
            Diagnostics = EnvironmentDiagnostics.Name(environmentCheck.Diagnostics, baseCheck.Diagnostics, environment),
            Environments = [environment],
        };
    }

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

    /// <summary>The environments checked: the one asked for, or every one the spec defines when all were checked; empty for the base alone.</summary>
    public IReadOnlyList<string> Environments { get; init; } = [];

    /// <summary>Every spec set the check loaded (the base and each environment), so every file read is known.</summary>
    public IReadOnlyList<SpecSet> CheckedSets
    {
        get => _checkedSets ?? (Specs is null ? [] : [Specs]);
        init => _checkedSets = value;
    }

    private readonly IReadOnlyList<SpecSet>? _checkedSets;
}
