using System.Diagnostics;

namespace PhantomMesh.BuildPorts.Cli.Tests.Infrastructure;

/// <summary>
/// Runs the built tool as a user does, <c>dotnet phantom-gen.dll ARGS</c>, in its own process; or, when
/// <c>PHANTOM_GEN_EXECUTABLE</c> names a native phantom-gen (the Native AOT publish), that binary with the same
/// arguments, so the same tests check the build the linux-x64 package ships.
/// </summary>
public static class PhantomGenProcess
{
    public const string ExecutableVariable = "PHANTOM_GEN_EXECUTABLE";

    /// <summary>The trait of every test that starts the tool through this class: CI runs them again against the native binary.</summary>
    public const string TraitName = "Process";

    public const string TraitValue = "phantom-gen";

    private static readonly Lazy<string> Assembly = new(Locate);

    private static readonly Lazy<string?> Native = new(LocateNative);

    /// <summary>phantom-gen.dll with its runtimeconfig.json, as the build copied it beside the tests.</summary>
    public static string AssemblyPath => Assembly.Value;

    /// <summary>The program started and the arguments that come before the tool's own.</summary>
    private static (string Program, string[] Prefix) Command
        => Native.Value is { } native ? (native, []) : ("dotnet", [AssemblyPath]);

    /// <summary>The whole command line, program first, for a test that starts the tool through another program.</summary>
    public static string[] CommandLine(params string[] args) => [Command.Program, .. Command.Prefix, .. args];

    public static Task<ToolResult> RunAsync(string workingDirectory, IReadOnlyDictionary<string, string?>? environment, params string[] args)
        => ExternalTool.RunAsync(Command.Program, [.. Command.Prefix, .. args], TimeSpan.FromSeconds(60), workingDirectory, environment);

    public static Task<ToolResult> RunAsync(string workingDirectory, params string[] args) => RunAsync(workingDirectory, null, args);

    /// <summary>
    /// Starts the tool and returns at once, for tests that stop it midway; stdout and stderr are redirected (read
    /// them, or they fill up), stdin is closed and colour is off, as with <see cref="RunAsync(string, string[])"/>.
    /// </summary>
    public static Process Start(string workingDirectory, params string[] args)
    {
        var (program, prefix) = Command;
        var startInfo = new ProcessStartInfo(program)
        {
            UseShellExecute = false,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = workingDirectory,
        };
        foreach (var argument in prefix.Concat(args))
        {
            startInfo.ArgumentList.Add(argument);
        }

        startInfo.Environment["NO_COLOR"] = "1";
        var process = Process.Start(startInfo) ?? throw new InvalidOperationException($"Could not start {program}.");
        process.StandardInput.Close();
        return process;
    }

    private static string? LocateNative()
    {
        var executable = Environment.GetEnvironmentVariable(ExecutableVariable);
        if (string.IsNullOrEmpty(executable))
        {
            return null;
        }

        return File.Exists(executable)
            ? Path.GetFullPath(executable)
            : throw new FileNotFoundException($"{ExecutableVariable} names '{executable}', which does not exist; publish it with `dotnet publish src/PhantomMesh.BuildPorts.Cli -c Release -r linux-x64`.");
    }

    private static string Locate()
    {
        var beside = Path.Combine(AppContext.BaseDirectory, "phantom-gen.dll");
        if (File.Exists(beside) && File.Exists(Path.ChangeExtension(beside, ".runtimeconfig.json")))
        {
            return beside;
        }

        throw new FileNotFoundException($"phantom-gen.dll and phantom-gen.runtimeconfig.json are not beside the tests in '{AppContext.BaseDirectory}'; build the solution first.");
    }
}
