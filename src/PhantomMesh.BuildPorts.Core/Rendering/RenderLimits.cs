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

    /// <summary>Wall time for rendering all templates.</summary>
    public TimeSpan Time { get; init; } = TimeSpan.FromSeconds(60);
}
