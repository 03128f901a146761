using System.CommandLine;
using PhantomMesh.BuildPorts.Cli.Commands;

namespace PhantomMesh.BuildPorts.Cli;

/// <summary>The command tree. Each command is a thin adapter over Core; this class only wires them.</summary>
public static class PhantomGen
{
    public static int Run(string[] args, CliConsole console, string workingDirectory)
    {
        var context = new CommandContext(console, workingDirectory);
        var root = new RootCommand("phantom-gen: keeps every port of a deployment in ports.toml and generates every file that mentions a port from it.")
        {
            CheckCommand.Create(context),
            GenerateCommand.Create(context),
            ListCommand.Create(context),
            NextCommand.Create(context),
            DoctorCommand.Create(context),
            InitCommand.Create(context),
            ExplainCommand.Create(context),
        };

        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var error in parsed.Errors)
            {
                console.Error.WriteLine($"phantom-gen: {error.Message}");
            }

            console.Error.WriteLine("Run 'phantom-gen --help' for usage.");
            return ExitCodes.UsageOrIo;
        }

        var configuration = new InvocationConfiguration { Output = console.Out, Error = console.Error };
        return parsed.Invoke(configuration);
    }
}
