using System.Text.Json;

namespace PhantomMesh.BuildPorts.Docker.Tests.Infrastructure;

/// <summary>Builds an image FROM scratch out of a root file system made on the host: no registry needed.</summary>
public static class ScratchImage
{
    public static async Task BuildAsync(string tag, string runId, Func<RootFileSystem, Task> fill, IReadOnlyList<string> command)
    {
        using var context = new TempFolder("pm-image-");
        await fill(new RootFileSystem(context.Combine("rootfs")));
        context.Write("Dockerfile", $"""
            FROM scratch
            COPY rootfs/ /
            LABEL {RunLabel.Key}="{runId}"
            CMD {JsonSerializer.Serialize(command)}

            """);
        await DockerEngine.RunAsync("build", "--quiet", "--tag", tag, context.Path);
    }
}
