using PhantomMesh.BuildPorts.Cli.Formatting;
using PhantomMesh.BuildPorts.Queries;
using PhantomMesh.BuildPorts.Validation;

namespace PhantomMesh.BuildPorts.Cli.Commands;

/// <summary><c>phantom-gen list --diff ENV</c>: what an environment changes against the base spec.</summary>
internal static class EnvironmentDiffList
{
    public static int Run(CommandContext context, string? specOption, string environment, ListCommand.ListFormat format)
    {
        if (context.ResolveSpec(specOption) is not { } specPath)
        {
            return ExitCodes.UsageOrIo;
        }

        // One read and one load of each: the base spec's check, then the environment's (its own errors name it).
        var comparison = SpecCheck.Compare(specPath, environment);
        if (ValidSpec.Accepted(context, comparison.Base, out var exitCode) is not { } baseSpecs
            || ValidSpec.Accepted(context, comparison.Environment, out exitCode) is not { } effective)
        {
            return exitCode;
        }

        var changes = EnvironmentDiff.Compute(baseSpecs.Root, effective.Root);
        string[] headers = ["Subject", "Port", "Setting", "Base", environment];
        var rows = changes.Select(c => new[] { c.Subject, c.Port ?? "-", c.Setting, c.Base ?? "(none)", c.Environment ?? "(left out)" }).ToList();
        var output = context.Console.Out;
        switch (format)
        {
            case ListCommand.ListFormat.Json:
                WriteJson(output, changes);
                break;
            case ListCommand.ListFormat.Markdown:
                ListCommand.WriteMarkdown(output, headers, rows);
                break;
            default:
                if (rows.Count == 0)
                {
                    output.WriteLine($"Environment '{environment}' changes nothing against the base spec.");
                    break;
                }

                TextTable.Write(output, headers, rows);
                break;
        }

        return ExitCodes.Success;
    }

    private static void WriteJson(TextWriter output, IReadOnlyList<EnvironmentChange> changes)
        => JsonOutput.Write(output, json =>
        {
            json.WriteStartArray();
            foreach (var change in changes)
            {
                json.WriteStartObject();
                json.WriteString("subject", change.Subject);
                json.WriteString("port", change.Port);
                json.WriteString("setting", change.Setting);
                json.WriteString("base", change.Base);
                json.WriteString("environment", change.Environment);
                json.WriteEndObject();
            }

            json.WriteEndArray();
        });
}
