using PhantomMesh.BuildPorts.Diagnostics;
using PhantomMesh.BuildPorts.Iana;
using PhantomMesh.BuildPorts.Spec;
using PhantomMesh.BuildPorts.Threading;
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

    /// <summary>
    /// From this many ports of the root spec the rules run as two halves on two threads; below it, handing
    /// work to another thread costs more than it saves.
    /// </summary>
    internal const int ParallelFrom = 2_000;

    /// <summary>
    /// Where the rules are cut in two: from the IANA lookups on, which with the rules after them take about
    /// as long as the rules before them (measured on 10,000- and 100,000-port specs).
    /// </summary>
    private static readonly int SecondHalf = Rules.Select((rule, index) => (rule, index)).First(r => r.rule is IanaRegisteredRule).index;

    public static ValidationResult Validate(SpecSet specs, ValidationOptions? options = null)
        => Validate(specs, options, Environment.ProcessorCount > 1 ? ParallelFrom : int.MaxValue);

    /// <summary>The rules run on two threads from <paramref name="parallelFrom"/> root ports on (0: always); the diagnostics are the same either way.</summary>
    internal static ValidationResult Validate(SpecSet specs, ValidationOptions? options, int parallelFrom)
    {
        options ??= ValidationOptions.Default;
        var context = new ValidationContext(specs, IanaRegistry.Default);
        if (context.RootPorts.Length < parallelFrom)
        {
            Check(context, 0, Rules.Count);
        }
        else
        {
            // Each half reports into a context of its own; the second's diagnostics follow the first's, as if run in turn.
            var (_, second) = SideBySide.Both(() => Check(context, 0, SecondHalf), () => Check(context.Fork(), SecondHalf, Rules.Count));
            context.Append(second);
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

    private static ValidationContext Check(ValidationContext context, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            Rules[i].Check(context);
        }

        return context;
    }
}
