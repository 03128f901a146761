using k8s;
using k8s.Models;
using PhantomMesh.BuildPorts.Tests.Infrastructure;

namespace PhantomMesh.BuildPorts.Tests.Rendering.Generated;

/// <summary>
/// The real consumers of the generated files, run on files a test wrote. Each method needs its
/// tool (ExternalTool.RequireTool: skipped locally when missing, a failure under CI=true) and
/// asserts the tool accepted the files, showing everything it printed when it did not.
/// </summary>
public static class Consumers
{
    /// <summary>yamllint's default rules, which are strict, less line-length: generated lines carry whole commands.</summary>
    public const string YamllintConfig = "{extends: default, rules: {line-length: disable}}";

    public static readonly string DockerfileLintScript = Path.Combine(RepoPaths.RepoRoot, "tools", "validators", "lint-dockerfile.mjs");

    public static readonly string KubernetesModelsScript = Path.Combine(RepoPaths.RepoRoot, "tools", "validators", "validate-k8s.mjs");

    /// <summary>
    /// Requires an npm package of tools/validators that has no command of its own, with RequireTool's
    /// rule: skipped locally when missing, a failure under CI=true.
    /// </summary>
    public static void RequireNodeModule(string package)
    {
        ExternalTool.RequireTool("node");
        if (Directory.Exists(Path.Combine(RepoPaths.ValidatorsNodeModules, package)))
        {
            return;
        }

        var message = $"The npm package '{package}' is not in tools/validators/node_modules. Install it: run 'npm ci' in tools/validators (.ci/run does this).";
        if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            Assert.Fail(message + " CI=true requires it.");
        }

        throw new SkipException(message);
    }

    public static IEnumerable<string> YamlFiles(GeneratedOutput output)
        => output.Paths.Where(p => p.EndsWith(".yml", StringComparison.Ordinal) || p.EndsWith(".yaml", StringComparison.Ordinal));

    public static IEnumerable<string> Dockerfiles(GeneratedOutput output)
        => output.Paths.Where(p => Path.GetFileName(p).StartsWith("Dockerfile", StringComparison.Ordinal));

    public static IEnumerable<string> ShellScripts(GeneratedOutput output)
        => output.Paths.Where(p => p.EndsWith(".sh", StringComparison.Ordinal));

    public static async Task<ToolResult> Run(string tool, IEnumerable<string> arguments, string workingDirectory)
    {
        var result = await ExternalTool.RunAsync(ExternalTool.RequireTool(tool), arguments, workingDirectory: workingDirectory);
        Assert.False(result.TimedOut, $"{tool} timed out:\n{result}");
        return result;
    }

    public static async Task<ToolResult> Accepts(string tool, IEnumerable<string> arguments, string workingDirectory)
    {
        var list = arguments.ToList();
        var result = await Run(tool, list, workingDirectory);
        Assert.True(result.Succeeded, $"'{tool} {string.Join(' ', list)}' rejected the generated files:\n{result}");
        return result;
    }

    /// <summary>Every Service document of a (multi-document) services.yaml, deserialized strictly: an unknown field throws.</summary>
    public static IReadOnlyList<V1Service> KubernetesServices(string yaml)
        => SplitDocuments(yaml).Select(document => KubernetesYaml.Deserialize<V1Service>(document, strict: true)).ToList();

    /// <summary>Every NetworkPolicy document of a network-policies.yaml, deserialized strictly.</summary>
    public static IReadOnlyList<V1NetworkPolicy> KubernetesNetworkPolicies(string yaml)
        => SplitDocuments(yaml).Select(document => KubernetesYaml.Deserialize<V1NetworkPolicy>(document, strict: true)).ToList();

    /// <summary>The documents of a YAML stream that hold more than comments.</summary>
    public static IEnumerable<string> SplitDocuments(string yaml)
    {
        var document = new List<string>();
        foreach (var line in yaml.Split('\n'))
        {
            if (line == "---" || line.StartsWith("--- ", StringComparison.Ordinal))
            {
                if (HasContent(document))
                {
                    yield return string.Join('\n', document);
                }

                document.Clear();
                continue;
            }

            document.Add(line);
        }

        if (HasContent(document))
        {
            yield return string.Join('\n', document);
        }
    }

    private static bool HasContent(List<string> lines)
        => lines.Any(l => l.Trim().Length > 0 && !l.TrimStart().StartsWith('#'));
}
