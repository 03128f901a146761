namespace PhantomMesh.BuildPorts.Cli;

public static class ExitCodes
{
    /// <summary>No errors (warnings may have been printed).</summary>
    public const int Success = 0;

    /// <summary>The spec or templates have errors, generated files drifted, or a port is taken.</summary>
    public const int Failure = 1;

    /// <summary>The command line was wrong, or a file could not be found or read.</summary>
    public const int UsageOrIo = 2;
}
