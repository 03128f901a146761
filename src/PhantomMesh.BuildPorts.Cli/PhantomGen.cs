using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using System.Reflection;
using PhantomMesh.BuildPorts.Cli.Commands;

namespace PhantomMesh.BuildPorts.Cli;

/// <summary>The command tree. Each command is a thin adapter over Core; this class only wires them.</summary>
public static class PhantomGen
{
    public const string Name = "phantom-gen";

    /// <summary>The tool's version (the package version), without the source revision.</summary>
    public static string Version
    {
        get
        {
            var version = typeof(PhantomGen).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";
            var plus = version.IndexOf('+', StringComparison.Ordinal);
            return plus < 0 ? version : version[..plus];
        }
    }

    public static int Run(string[] args, CliConsole console, string workingDirectory)
    {
        var context = new CommandContext(console, workingDirectory);

        // A plain command rather than RootCommand: RootCommand takes its name and --version from the
        // process's entry assembly, which is not this tool when it runs inside another host.
        var root = new Command(Name, "Keeps every port of a deployment in ports.toml and generates every file that mentions a port from it.")
        {
            CheckCommand.Create(context),
            GenerateCommand.Create(context),
            ListCommand.Create(context),
            NextCommand.Create(context),
            DoctorCommand.Create(context),
            InitCommand.Create(context),
            ImportCommand.Create(context),
            ExplainCommand.Create(context),
        };
        root.Options.Add(new HelpOption());
        root.Options.Add(new VersionOption { Action = new PrintVersion() });

        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0 && parsed.Action is not { ClearsParseErrors: true })
        {
            foreach (var error in parsed.Errors)
            {
                console.Error.WriteLine($"{Name}: {OneLine(error.Message)}");
            }

            console.Error.WriteLine($"Run '{Name} --help' for usage.");
            return ExitCodes.UsageOrIo;
        }

        var configuration = new InvocationConfiguration { Output = console.Out, Error = console.Error };
        return parsed.Invoke(configuration);
    }

    /// <summary>System.CommandLine lists allowed values on tab-indented lines; one line per error reads better in CI logs.</summary>
    private static string OneLine(string message)
        => string.Join(' ', message.Split(['\r', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));

    private sealed class PrintVersion : SynchronousCommandLineAction
    {
        public override int Invoke(ParseResult parseResult)
        {
            parseResult.InvocationConfiguration.Output.WriteLine(Version);
            return ExitCodes.Success;
        }
    }
}
