using System.CommandLine;
using PhantomMesh.BuildPorts.Cli.Formatting;
using PhantomMesh.BuildPorts.Validation;

namespace PhantomMesh.BuildPorts.Cli.Commands;

/// <summary><c>phantom-gen check</c>: validate the spec and print the diagnostics.</summary>
internal static class CheckCommand
{
    public static Command Create(CommandContext context)
    {
        var spec = CommonOptions.Spec();
        var environment = CommonOptions.Environment("Check this environment only ([environments.NAME] of the spec). Default: the base spec and every environment.");
        var warningsAsErrors = CommonOptions.WarningsAsErrors();
        var format = CommonOptions.Format("Output format: text (with the source line), json, github (pull-request annotations) or sarif (SARIF 2.1.0).", DiagnosticFormat.Text);
        var command = new Command("check", "Validate the spec: collisions, ranges, reserved ports, Kubernetes names, IANA-registered ports. Exit 0 without errors, 1 with errors, 2 when the spec cannot be read.")
        {
            spec, environment, format, warningsAsErrors,
        };
        command.SetAction(result => Run(context, result.GetValue(spec), result.GetValue(environment), CommonOptions.ParseFormat(result.GetValue(format), DiagnosticFormat.Text), result.GetValue(warningsAsErrors)));
        return command;
    }

    private static int Run(CommandContext context, string? specOption, string? environment, DiagnosticFormat format, bool warningsAsErrors)
    {
        var specPath = context.ResolveSpec(specOption);
        if (specPath is null)
        {
            return ExitCodes.UsageOrIo;
        }

        var options = new ValidationOptions { WarningsAsErrors = warningsAsErrors };
        using var hold = CollectionHold.ForCheck(specPath);
        var result = environment is null ? SpecCheck.RunAll(specPath, options) : SpecCheck.Run(specPath, options, environment);
        DiagnosticPrinter.Print(context, result.Diagnostics, format);
        if (format == DiagnosticFormat.Text)
        {
            Summary.Write(context, specPath, result);
        }

        return result.HasErrors ? ExitCodes.ForErrors(result.Specs, result.Diagnostics) : ExitCodes.Success;
    }
}
