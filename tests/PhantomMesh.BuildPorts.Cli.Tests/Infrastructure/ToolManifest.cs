using System.Text.Json;

namespace PhantomMesh.BuildPorts.Cli.Tests.Infrastructure;

/// <summary>The repository's .config/dotnet-tools.json, which pins the tool package's version.</summary>
public static class ToolManifest
{
    public const string PackageId = "PhantomMesh.BuildPorts.Tool";

    public static string Path => System.IO.Path.Combine(RepoPaths.RepoRoot, ".config", "dotnet-tools.json");

    /// <summary>The version the manifest names for the tool package.</summary>
    public static string Version
    {
        get
        {
            using var document = JsonDocument.Parse(File.ReadAllText(Path));
            var tool = document.RootElement.GetProperty("tools").EnumerateObject()
                .Single(t => string.Equals(t.Name, PackageId, StringComparison.OrdinalIgnoreCase));
            return tool.Value.GetProperty("version").GetString()!;
        }
    }
}
