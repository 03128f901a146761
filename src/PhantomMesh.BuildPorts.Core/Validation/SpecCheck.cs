using PhantomMesh.BuildPorts.Diagnostics;
using PhantomMesh.BuildPorts.Loading;
using PhantomMesh.BuildPorts.Loading.Environments;
using PhantomMesh.BuildPorts.Spec;

namespace PhantomMesh.BuildPorts.Validation;

/// <summary>Loading and validation in one call: what the MSBuild task and the CLI run first.</summary>
public static class SpecCheck
{
    /// <summary>Checks the base spec, or the effective spec of <paramref name="environment"/>; the environment's own problems name it.</summary>
    public static SpecCheckResult Run(string specPath, ValidationOptions? options = null, string? environment = null)
        => ReadOnce(specPath, out var unread) is { } text
            ? RunText(text, specPath, options, environment)
            : unread with { Environments = environment is null ? [] : [environment] };

    public static SpecCheckResult RunText(string text, string specPath, ValidationOptions? options = null, string? environment = null)
        => environment is null ? Validate(SpecLoader.LoadText(text, specPath), options) : CompareText(text, specPath, environment, options).Environment;

    /// <summary>The base spec's check and the named environment's, from one read of the file (what <c>list --diff</c> compares).</summary>
    public static EnvironmentComparison Compare(string specPath, string environment, ValidationOptions? options = null)
        => ReadOnce(specPath, out var unread) is { } text
            ? CompareText(text, specPath, environment, options)
            : new EnvironmentComparison(unread, unread with { Environments = [environment] });

    /// <summary>Checks the base spec and every environment the spec defines: each environment's own problems are added, naming it.</summary>
    public static SpecCheckResult RunAll(string specPath, ValidationOptions? options = null)
        => RunAll(specPath, options, baseBound: null);

    /// <summary>
    /// <see cref="RunAll(string, ValidationOptions?)"/>, calling <paramref name="baseBound"/> with the base spec as soon as it is
    /// bound, before it is validated (and its environments checked), so work on it can start beside the check.
    /// </summary>
    internal static SpecCheckResult RunAll(string specPath, ValidationOptions? options, Action<SpecSet>? baseBound)
        => ReadOnce(specPath, out var unread) is { } text ? RunAllText(text, specPath, options, baseBound) : unread;

    private static SpecCheckResult RunAllText(string text, string specPath, ValidationOptions? options, Action<SpecSet>? baseBound)
    {
        // The text is parsed once for the base and every environment; the tree is kept past the base's
        // load only when there are environments, so a large spec without any is not held twice.
        var fullPath = Path.GetFullPath(specPath);
        var tree = SpecLoader.Parse(text, fullPath, out var refused);
        if (tree is null)
        {
            return Validate(refused, options);
        }

        var forEnvironments = EnvironmentTables.Names(tree).Count > 0 ? tree : null;
        var baseLoad = SpecLoader.LoadParsed(tree, fullPath, null);
        if (baseLoad is { HasErrors: false, Specs: { } bound })
        {
            baseBound?.Invoke(bound);
        }

        var baseCheck = Validate(baseLoad, options);
        var names = baseCheck.Specs?.Root.EnvironmentNames ?? [];
        var diagnostics = new List<Diagnostic>(baseCheck.Diagnostics);
        var checkedSets = new List<SpecSet>(baseCheck.CheckedSets);
        foreach (var name in names)
        {
            var environmentCheck = Validate(SpecLoader.LoadParsed(forEnvironments!, fullPath, name), options);
            diagnostics.AddRange(EnvironmentDiagnostics.Specific(environmentCheck.Diagnostics, baseCheck.Diagnostics, name));
            checkedSets.AddRange(environmentCheck.CheckedSets);
        }

        return baseCheck with { Diagnostics = diagnostics, CheckedSets = checkedSets, Environments = names };
    }

    /// <summary>The environment's check names its own problems; those the base check reports too are the base's.</summary>
    private static EnvironmentComparison CompareText(string text, string specPath, string environment, ValidationOptions? options)
    {
        // One parse for both loads, as in RunAllText (binding never changes the tree).
        var fullPath = Path.GetFullPath(specPath);
        var tree = SpecLoader.Parse(text, fullPath, out var refused);
        var environmentCheck = Validate(tree is null ? refused : SpecLoader.LoadParsed(tree, fullPath, environment), options);
        var baseCheck = Validate(tree is null ? refused : SpecLoader.LoadParsed(tree, fullPath, null), options);
        return new EnvironmentComparison(baseCheck, environmentCheck with
        {
            Diagnostics = EnvironmentDiagnostics.Name(environmentCheck.Diagnostics, baseCheck.Diagnostics, environment),
            Environments = [environment],
        });
    }

    /// <summary>The spec's text, read once for every load of a check; null with the reason in <paramref name="unread"/>.</summary>
    private static string? ReadOnce(string specPath, out SpecCheckResult unread)
    {
        var diagnostics = new DiagnosticBag();
        var text = SpecFileReader.Read(Path.GetFullPath(specPath), null, diagnostics);
        unread = new SpecCheckResult(null, diagnostics.Items, 0);
        return text;
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

/// <summary>The base spec's check and an environment's, whose own diagnostics name the environment.</summary>
public sealed record EnvironmentComparison(SpecCheckResult Base, SpecCheckResult Environment);

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
