using PhantomMesh.BuildPorts.Validation;

namespace PhantomMesh.BuildPorts.Cli.Commands;

internal static class Summary
{
    public static void Write(CommandContext context, string specPath, SpecCheckResult result)
    {
        var ports = result.Specs?.Root.Ports.Count() ?? 0;
        var suppressed = result.SuppressedCount > 0 ? $", {result.SuppressedCount} suppressed" : string.Empty;
        context.Console.Out.WriteLine(
            $"{context.Display(specPath)}: {Plural(ports, "port")}, {Plural(result.ErrorCount, "error")}, {Plural(result.WarningCount, "warning")}{suppressed}");
    }

    public static string Plural(int count, string noun) => count == 1 ? $"1 {noun}" : $"{count} {noun}s";
}
