namespace PhantomMesh.BuildPorts.Rendering;

/// <summary>Bounds on what one template may do, so a broken or hostile template ends in a diagnostic.</summary>
public sealed record RenderLimits
{
    public static RenderLimits Default { get; } = new();

    /// <summary>Iterations of one loop; a spec of 100,000 ports needs 100,000.</summary>
    public int LoopIterations { get; init; } = 1_000_000;

    public int RecursionDepth { get; init; } = 64;

    /// <summary>Characters one template may write.</summary>
    public int OutputCharacters { get; init; } = 64 * 1024 * 1024;

    /// <summary>Characters of one string value built inside a template.</summary>
    public int StringCharacters { get; init; } = 16 * 1024 * 1024;

    /// <summary>
    /// Wall time for rendering all templates, per <see cref="PortsPerTimeLimit"/> ports of the spec (and at least this
    /// much): a safety limit for templates that loop without end, scaled so that a large spec on a busy machine, where
    /// rendering waits for a core, does not reach it.
    /// </summary>
    public TimeSpan Time { get; init; } = TimeSpan.FromSeconds(60);

    internal const int PortsPerTimeLimit = 10_000;

    /// <summary><see cref="Time"/> for a spec of <paramref name="portCount"/> ports.</summary>
    internal TimeSpan TimeFor(int portCount) => Time * Math.Max(1, (portCount + PortsPerTimeLimit - 1) / PortsPerTimeLimit);
}
