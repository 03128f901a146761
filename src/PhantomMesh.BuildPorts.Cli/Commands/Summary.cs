using PhantomMesh.BuildPorts.Validation;

namespace PhantomMesh.BuildPorts.Cli.Commands;

internal static class Summary
{
    public static void Write(CommandContext context, string specPath, SpecCheckResult result)
    {
        var ports = result.Specs?.Root.Ports.Count() ?? 0;
        var suppressed = result.SuppressedCount > 0 ? $", {result.SuppressedCount} suppressed" : string.Empty;
        context.Console.Out.WriteLine(
            $"{context.Display(specPath)}{Scope(result)}: {Plural(ports, "port")}, {Plural(result.ErrorCount, "error")}, {Plural(result.WarningCount, "warning")}{suppressed}");
    }

    /// <summary>What was checked, when the spec has environments: " (environment prod)" or " (base and environments dev, prod)".</summary>
    private static string Scope(SpecCheckResult result) => result switch
    {
        { Environments.Count: 0 } => string.Empty,
        { Specs.Root.Environment: { } environment } => $" (environment {environment.Name.Value})",
        { Specs: null } => string.Empty,
        _ => $" (base and {(result.Environments.Count == 1 ? "environment" : "environments")} {string.Join(", ", result.Environments)})",
    };

    public static string Plural(int count, string noun) => count == 1 ? $"1 {noun}" : $"{count} {noun}s";
}
