using System.Diagnostics;
using Xunit;

namespace PhantomMesh.BuildPorts.Testing;

/// <summary>Finds and runs external programs: node and its validators, dotnet, docker-compose.</summary>
public static class ExternalTool
{
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(60);

    /// <summary>
    /// The full path of <paramref name="name"/>: the version pinned in tools/validators/node_modules/.bin
    /// first, then the first match on PATH; null when neither has it.
    /// </summary>
    public static string? Find(string name)
    {
        var folders = new List<string> { Path.Combine(RepoPaths.ValidatorsNodeModules, ".bin") };
        var path = Environment.GetEnvironmentVariable("PATH") ?? "";
        folders.AddRange(path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries));

        return folders
            .SelectMany(folder => CandidateNames(name).Select(candidate => Path.Combine(folder, candidate)))
            .FirstOrDefault(File.Exists);
    }

    /// <summary>
    /// The path of <paramref name="name"/>. When it is missing the calling test fails if CI=true
    /// (CI must run every check) and is skipped otherwise; either way the message says how to install it.
    /// Tests calling this need [SkippableFact] or [SkippableTheory].
    /// </summary>
    public static string RequireTool(string name) => RequireTool(name, IsCi());

    /// <summary>As <see cref="RequireTool(string)"/>, with the CI decision made by the caller (for testing this class).</summary>
    public static string RequireTool(string name, bool isCi)
    {
        var found = Find(name);
        if (found is not null)
        {
            return found;
        }

        var where = $"'{name}' was found neither on PATH nor in tools/validators/node_modules/.bin";
        var hint = ToolInstallHints.For(name);
        if (isCi)
        {
            Assert.Fail($"{where}, and CI=true requires it. Install it: {hint}.");
        }

        throw new SkipException($"{where}. Install it to run this test: {hint}.");
    }

    /// <summary>Runs <paramref name="executable"/> with <paramref name="arguments"/> (no shell), stdin closed.</summary>
    public static async Task<ToolResult> RunAsync(
        string executable,
        IEnumerable<string> arguments,
        TimeSpan? timeout = null,
        string? workingDirectory = null,
        IReadOnlyDictionary<string, string?>? environment = null)
    {
        var startInfo = new ProcessStartInfo(executable)
        {
            UseShellExecute = false,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = workingDirectory ?? RepoPaths.RepoRoot,
        };
        foreach (var argument in arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }

        startInfo.Environment["NO_COLOR"] = "1";
        foreach (var (name, value) in environment ?? new Dictionary<string, string?>())
        {
            if (value is null)
            {
                startInfo.Environment.Remove(name);
            }
            else
            {
                startInfo.Environment[name] = value;
            }
        }

        using var process = Process.Start(startInfo)
            ?? throw new InvalidOperationException($"Could not start '{executable}'.");
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();

        using var cancellation = new CancellationTokenSource(timeout ?? DefaultTimeout);
        var timedOut = false;
        try
        {
            await process.WaitForExitAsync(cancellation.Token);
        }
        catch (OperationCanceledException)
        {
            timedOut = true;
            process.Kill(entireProcessTree: true); // a no-op if it exited in the meantime
            await process.WaitForExitAsync();
        }

        return new ToolResult(process.ExitCode, await stdout, await stderr, timedOut);
    }

    public static bool IsCi() =>
        string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    private static IEnumerable<string> CandidateNames(string name)
    {
        if (!OperatingSystem.IsWindows())
        {
            return [name];
        }

        // npm puts a POSIX shell script and a .cmd beside each other in .bin; Windows can start only the latter.
        var extensions = Environment.GetEnvironmentVariable("PATHEXT") ?? ".EXE;.CMD;.BAT";
        return extensions.Split(';', StringSplitOptions.RemoveEmptyEntries).Select(extension => name + extension);
    }
}
