namespace PhantomMesh.BuildPorts.Tests.Infrastructure;

/// <summary>How to install each external validator the tests use.</summary>
public static class ToolInstallHints
{
    private const string NpmValidators = "run 'npm ci' in tools/validators (.ci/run does this)";

    private static readonly Dictionary<string, string> Hints = new(StringComparer.Ordinal)
    {
        ["taplo"] = NpmValidators + " to get @taplo/cli",
        ["dockerfile-utils"] = NpmValidators,
        ["dockerfilelint"] = NpmValidators,
        ["promtool"] = "apt-get install --no-install-recommends prometheus",
        ["docker-compose"] = "apt-get install --no-install-recommends docker-compose",
        ["yamllint"] = "apt-get install --no-install-recommends yamllint",
        ["kubectl"] = "install kubectl from the Kubernetes release packages",
    };

    public static string For(string tool) =>
        Hints.TryGetValue(tool, out var hint)
            ? hint
            : $"install '{tool}' on PATH or add it to tools/validators/package.json";
}
