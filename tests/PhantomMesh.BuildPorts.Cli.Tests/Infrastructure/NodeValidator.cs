namespace PhantomMesh.BuildPorts.Cli.Tests.Infrastructure;

/// <summary>The node scripts in tools/validators; tests calling them need [SkippableFact] or [SkippableTheory].</summary>
public static class NodeValidator
{
    public static string SarifScript => Path.Combine(RepoPaths.RepoRoot, "tools", "validators", "validate-sarif.mjs");

    /// <summary>Runs validate-sarif.mjs: skipped locally, failed under CI=true, when node or its packages are missing.</summary>
    public static Task<ToolResult> ValidateSarifAsync(string sarifFile, bool withMultitool)
    {
        var node = ExternalTool.RequireTool("node");
        RequirePackage("ajv");
        RequirePackage("ajv-formats");
        RequirePackage(Path.Combine("@microsoft", "sarif-multitool"));
        string[] arguments = withMultitool ? [SarifScript, "--multitool", sarifFile] : [SarifScript, sarifFile];
        return ExternalTool.RunAsync(node, arguments, TimeSpan.FromSeconds(120));
    }

    private static void RequirePackage(string name)
    {
        if (Directory.Exists(Path.Combine(RepoPaths.ValidatorsNodeModules, name)))
        {
            return;
        }

        var message = $"the npm package '{name}' is not installed in tools/validators/node_modules; {ToolInstallHints.For("node")}";
        if (ExternalTool.IsCi())
        {
            Assert.Fail(message + " (CI=true requires it).");
        }

        throw new SkipException(message + ".");
    }
}
