using PhantomMesh.BuildPorts.Cli.Formatting;
using PhantomMesh.BuildPorts.Spec;
using PhantomMesh.BuildPorts.Validation;

namespace PhantomMesh.BuildPorts.Cli.Commands;

/// <summary>For commands that read a spec (list, next, doctor): find it, check it, and stop on errors.</summary>
internal static class ValidSpec
{
    /// <summary>The checked specs, or null with the exit code to return (the reason is already printed).</summary>
    public static Loaded? Load(CommandContext context, string? specOption, string? environment, out int exitCode)
    {
        var specPath = context.ResolveSpec(specOption);
        if (specPath is null)
        {
            exitCode = ExitCodes.UsageOrIo;
            return null;
        }

        return Accepted(context, SpecCheck.Run(specPath, environment: environment), out exitCode) is { } specs ? new Loaded(specs, specPath) : null;
    }

    /// <summary>The checked specs, or null with the exit code to return when the check found errors (they are printed).</summary>
    public static SpecSet? Accepted(CommandContext context, SpecCheckResult check, out int exitCode)
    {
        if (check.Specs is null || check.HasErrors)
        {
            DiagnosticPrinter.Print(context, check.Diagnostics, DiagnosticFormat.Text);
            exitCode = ExitCodes.Failure;
            return null;
        }

        exitCode = ExitCodes.Success;
        return check.Specs;
    }

    public sealed record Loaded(SpecSet Specs, string Path);
}
