using Microsoft.Build.Framework;
using PhantomMesh.BuildPorts.Output;

namespace PhantomMesh.BuildPorts.Tasks;

/// <summary>Deletes the files the generator wrote (those in its manifest) and nothing else.</summary>
public sealed class CleanPortArtifacts : Microsoft.Build.Utilities.Task
{
    [Required]
    public string OutputDirectory { get; set; } = string.Empty;

    public override bool Execute()
    {
        if (!Directory.Exists(OutputDirectory))
        {
            return true;
        }

        var result = OutputWriter.Clean(OutputDirectory);
        new DiagnosticLogger(Log).LogAll(result.Diagnostics);
        Log.LogMessage(MessageImportance.Normal, $"Removed {result.Deleted.Count} generated files from {OutputDirectory}");
        return result.Succeeded;
    }
}
