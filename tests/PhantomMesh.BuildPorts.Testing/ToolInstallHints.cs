namespace PhantomMesh.BuildPorts.Testing;

/// <summary>How to install each external validator the tests use.</summary>
public static class ToolInstallHints
{
    private const string NpmValidators = "run 'npm ci --prefix tools/validators' (.ci/run does this)";

    private static readonly Dictionary<string, string> Hints = new(StringComparer.Ordinal)
    {
        ["node"] = "install Node.js 20 or later (apt-get install nodejs npm), then " + NpmValidators,
        ["taplo"] = NpmValidators + " to get @taplo/cli",
        ["dockerfile-utils"] = NpmValidators,
        ["dockerfilelint"] = NpmValidators,
        ["promtool"] = "apt-get install --no-install-recommends prometheus",
        ["docker-compose"] = "apt-get install --no-install-recommends docker-compose",
        ["yamllint"] = "apt-get install --no-install-recommends yamllint",
        ["kubectl"] = "install kubectl from the Kubernetes release packages",
        ["git"] = "apt-get install --no-install-recommends git",
        ["ip"] = "apt-get install --no-install-recommends iproute2",
        ["iptables"] = "apt-get install --no-install-recommends iptables",
        ["ip6tables"] = "apt-get install --no-install-recommends iptables",
        ["nft"] = "apt-get install --no-install-recommends nftables",
        ["shellcheck"] = "apt-get install --no-install-recommends shellcheck",
        ["setpriv"] = "apt-get install --no-install-recommends util-linux",
        ["docker"] = "apt-get install --no-install-recommends docker.io, then start dockerd as root (.ci/run does both)",
        ["busybox"] = "apt-get install --no-install-recommends busybox-static",
        ["prometheus"] = "apt-get install --no-install-recommends prometheus",
        ["prometheus-node-exporter"] = "apt-get install --no-install-recommends prometheus-node-exporter",
        ["curl"] = "apt-get install --no-install-recommends curl",
        ["clang"] = "apt-get install --no-install-recommends clang zlib1g-dev (Native AOT links with them; .ci/run installs both)",
    };

    public static string For(string tool) =>
        Hints.TryGetValue(tool, out var hint)
            ? hint
            : $"install '{tool}' on PATH or add it to tools/validators/package.json";
}
