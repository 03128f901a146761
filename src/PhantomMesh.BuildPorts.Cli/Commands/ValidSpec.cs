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

        var check = SpecCheck.Run(specPath, environment: environment);
        if (check.Specs is null || check.HasErrors)
        {
            DiagnosticPrinter.Print(context, check.Diagnostics, DiagnosticFormat.Text);
            exitCode = ExitCodes.Failure;
            return null;
        }

        exitCode = ExitCodes.Success;
        return new Loaded(check.Specs, specPath);
    }

    public sealed record Loaded(SpecSet Specs, string Path);
}
