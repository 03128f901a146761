using PhantomMesh.BuildPorts.Diagnostics;
using PhantomMesh.BuildPorts.Iana;
using PhantomMesh.BuildPorts.Spec;
using PhantomMesh.BuildPorts.Validation.Rules;

namespace PhantomMesh.BuildPorts.Validation;

/// <summary>Stage 2 of the pipeline: runs every rule over a loaded spec set.</summary>
public static class SpecValidator
{
    internal static IReadOnlyList<IValidationRule> Rules { get; } =
    [
        new GroupReferenceRule(),
        new HostPortCollisionRule(),
        new GroupRangeRule(),
        new ProjectRangeRule(),
        new OverlappingGroupsRule(),
        new ReservedPortRule(),
        new DuplicateContainerPortRule(),
        new ServiceNameRule(),
        new ServicePortNameRule(),
        new ContainerPortNameRule(),
        new ServicePortUniquenessRule(),
        new IanaRegisteredRule(),
        new CommonPortRule(),
        new EphemeralRangeRule(),
        new PrivilegedPortRule(),
        new SameContainerTargetRule(),
        new HealthCheckRule(),
        new ExposureAddressRule(),
        new KubernetesScrapeTargetRule(),
        new BaseComposeFileRule(),
    ];

    public static ValidationResult Validate(SpecSet specs, ValidationOptions? options = null)
    {
        options ??= ValidationOptions.Default;
        var context = new ValidationContext(specs, IanaRegistry.Default);
        foreach (var rule in Rules)
        {
            rule.Check(context);
        }

        var diagnostics = context.Diagnostics
            .Select(d => options.WarningsAsErrors ? d.AsError() : d)
            .OrderBy(d => d.Location.File, StringComparer.Ordinal)
            .ThenBy(d => d.Location.Line)
            .ThenBy(d => d.Location.Column)
            .ThenBy(d => d.Code, StringComparer.Ordinal)
            .ToList();
        return new ValidationResult(diagnostics, context.SuppressedCount);
    }
}
