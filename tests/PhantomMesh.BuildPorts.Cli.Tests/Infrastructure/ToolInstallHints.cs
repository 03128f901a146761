namespace PhantomMesh.BuildPorts.Cli.Tests.Infrastructure;

/// <summary>How to install each external program the CLI tests use.</summary>
public static class ToolInstallHints
{
    private const string NpmValidators = "run 'npm ci --prefix tools/validators' (.ci/run does this)";

    private static readonly Dictionary<string, string> Hints = new(StringComparer.Ordinal)
    {
        ["node"] = "install Node.js 20 or later (apt-get install nodejs npm), then " + NpmValidators,
        ["taplo"] = NpmValidators + " to get @taplo/cli",
        ["docker-compose"] = "apt-get install --no-install-recommends docker-compose",
        ["git"] = "apt-get install --no-install-recommends git",
    };

    public static string For(string tool) =>
        Hints.TryGetValue(tool, out var hint)
            ? hint
            : $"install '{tool}' on PATH or add it to tools/validators/package.json";
}
