namespace PhantomMesh.BuildPorts.Cli;

public static class ExitCodes
{
    /// <summary>No errors (warnings may have been printed).</summary>
    public const int Success = 0;

    /// <summary>The spec or templates have errors, generated files drifted, or a port is taken.</summary>
    public const int Failure = 1;

    /// <summary>The command line was wrong, or a file could not be found or read.</summary>
    public const int UsageOrIo = 2;

    /// <summary>A run that reported errors: 2 when the spec itself could not be read, 1 otherwise.</summary>
    public static int ForErrors(Spec.SpecSet? specs, IReadOnlyList<Diagnostics.Diagnostic> diagnostics)
        => specs is null && diagnostics.Any(d => d.Code == Diagnostics.DiagnosticCatalog.SpecUnreadable.Code) ? UsageOrIo : Failure;
}
