namespace PhantomMesh.BuildPorts.Cli.Commands;

/// <summary>How much a command may allocate without a collection (<see cref="CollectionHold"/>), from the spec's size in bytes and the memory available; null: no hold.</summary>
internal static class HoldBudget
{
    private const long Megabyte = 1024 * 1024;

    /// <summary>At most a quarter of what the machine (or the container's limit) offers.</summary>
    public static long? ForCheck(long specBytes, long availableBytes)
        => Positive(Math.Min((16 * Megabyte) + (specBytes * 28), availableBytes / 4));

    /// <summary>None past 384 MB or a quarter of the memory available: holding all of it would cost more memory than collecting costs time.</summary>
    public static long? ForGenerate(long specBytes, long availableBytes)
    {
        var estimate = (32 * Megabyte) + (specBytes * 96);
        return estimate <= Math.Min(384 * Megabyte, availableBytes / 4) ? estimate : null;
    }

    private static long? Positive(long bytes) => bytes > 0 ? bytes : null;
}
