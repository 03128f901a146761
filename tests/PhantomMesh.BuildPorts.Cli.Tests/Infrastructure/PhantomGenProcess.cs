using System.Diagnostics;

namespace PhantomMesh.BuildPorts.Cli.Tests.Infrastructure;

/// <summary>Runs the built tool as a user does, <c>dotnet phantom-gen.dll ARGS</c>, in its own process.</summary>
public static class PhantomGenProcess
{
    private static readonly Lazy<string> Assembly = new(Locate);

    /// <summary>phantom-gen.dll with its runtimeconfig.json, as the build copied it beside the tests.</summary>
    public static string AssemblyPath => Assembly.Value;

    public static Task<ToolResult> RunAsync(string workingDirectory, IReadOnlyDictionary<string, string?>? environment, params string[] args)
        => ExternalTool.RunAsync("dotnet", [AssemblyPath, .. args], TimeSpan.FromSeconds(60), workingDirectory, environment);

    public static Task<ToolResult> RunAsync(string workingDirectory, params string[] args) => RunAsync(workingDirectory, null, args);

    /// <summary>
    /// Starts the tool and returns at once, for tests that stop it midway; stdout and stderr are redirected (read
    /// them, or they fill up), stdin is closed and colour is off, as with <see cref="RunAsync(string, string[])"/>.
    /// </summary>
    public static Process Start(string workingDirectory, params string[] args)
    {
        var startInfo = new ProcessStartInfo("dotnet")
        {
            UseShellExecute = false,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = workingDirectory,
        };
        startInfo.ArgumentList.Add(AssemblyPath);
        foreach (var argument in args)
        {
            startInfo.ArgumentList.Add(argument);
        }

        startInfo.Environment["NO_COLOR"] = "1";
        var process = Process.Start(startInfo) ?? throw new InvalidOperationException("Could not start dotnet.");
        process.StandardInput.Close();
        return process;
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
