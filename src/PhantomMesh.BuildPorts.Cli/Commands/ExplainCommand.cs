using System.CommandLine;
using PhantomMesh.BuildPorts.Diagnostics;

namespace PhantomMesh.BuildPorts.Cli.Commands;

/// <summary><c>phantom-gen explain CODE</c>: what a diagnostic means and how to fix it, from docs/diagnostics.md.</summary>
internal static class ExplainCommand
{
    public static Command Create(CommandContext context)
    {
        var code = new Argument<string>("code") { Description = "A diagnostic code, such as PM1201." };
        var command = new Command("explain", "Show the documentation of a diagnostic code: what triggers it, why it matters, a bad and a fixed example.") { code };
        command.SetAction(result => Run(context, result.GetValue(code)!));
        return command;
    }

    private static int Run(CommandContext context, string code)
    {
        var descriptor = DiagnosticCatalog.Find(code.Trim());
        if (descriptor is null)
        {
            context.Console.Error.WriteLine($"phantom-gen: '{code}' is not a diagnostic code. Codes: {string.Join(", ", DiagnosticCatalog.All.Select(d => d.Code))}.");
            return ExitCodes.UsageOrIo;
        }

        var section = DiagnosticDocs.Section(descriptor.Code);
        var output = context.Console.Out;
        if (section is not null)
        {
            output.WriteLine(section.TrimEnd());
        }
        else
        {
            output.WriteLine($"{descriptor.Code}: {descriptor.Title} ({descriptor.DefaultSeverity.ToString().ToLowerInvariant()})");
            output.WriteLine();
            output.WriteLine(descriptor.Help);
        }

        return ExitCodes.Success;
    }
}
