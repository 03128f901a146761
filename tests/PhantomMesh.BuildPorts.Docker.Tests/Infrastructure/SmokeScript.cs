namespace PhantomMesh.BuildPorts.Docker.Tests.Infrastructure;

/// <summary>Runs a deployment's generated scripts/smoke.sh from the host, as an operator would.</summary>
public static class SmokeScript
{
    public static Task<ToolResult> RunAsync(Deployment deployment) =>
        ExternalTool.RunAsync("bash", [deployment.File("scripts/smoke.sh")], TimeSpan.FromSeconds(60), deployment.Folder,
            new Dictionary<string, string?> { ["SMOKE_TIMEOUT"] = "3" });
}
