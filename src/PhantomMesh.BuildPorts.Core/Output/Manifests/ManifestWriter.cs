using PhantomMesh.BuildPorts.Diagnostics;
using PhantomMesh.BuildPorts.Output.Commit;
using PhantomMesh.BuildPorts.Output.Planning;
using PhantomMesh.BuildPorts.Output.Targets;
using PhantomMesh.BuildPorts.Paths;

namespace PhantomMesh.BuildPorts.Output.Manifests;

/// <summary>Replaces or deletes the manifest on disk, atomically like any other output.</summary>
internal static class ManifestWriter
{
    /// <summary>Writes <paramref name="entries"/> unless the manifest already says exactly that.</summary>
    public static void Write(OutputFolder folder, Manifest current, IEnumerable<string> entries, DiagnosticBag diagnostics)
    {
        if (TryWrite(folder, current, entries, out _) is { } failure)
        {
            diagnostics.Add(DiagnosticCatalog.OutputNotWritable, failure.Change.Location,
                $"Cannot write the manifest '{OutputFolder.ManifestName}': {failure.Error.Message} "
                + "The generated files themselves are complete; the next run brings the manifest up to date.");
        }
    }

    /// <summary>Writes <paramref name="entries"/> unless the manifest already says exactly that; returns the failure, if any, and the manifest's bytes.</summary>
    public static FileFailure? TryWrite(OutputFolder folder, Manifest current, IEnumerable<string> entries, out byte[] content)
    {
        content = ManifestText.Format(entries);
        if (current.Bytes is { } bytes && bytes.AsSpan().SequenceEqual(content))
        {
            return null;
        }

        var previous = PreviousContent.Read(folder.FileSystem, folder.ManifestPath);
        var change = new PlannedChange(OutputFolder.ManifestName, folder.ManifestPath, content, SourceLocation.StartOf(folder.FullPath), previous);
        var staged = new StagedFiles(folder.FileSystem);
        return staged.WriteAll([change]) ?? staged.ReplaceAll().Failure;
    }

    public static void Delete(OutputFolder folder, DiagnosticBag diagnostics)
    {
        try
        {
            folder.FileSystem.DeleteFile(folder.ManifestPath);
        }
        catch (Exception exception) when (IoFailure.IsExpected(exception) && !IoFailure.IsGone(exception))
        {
            diagnostics.Add(DiagnosticCatalog.OutputNotWritable, SourceLocation.StartOf(folder.FullPath),
                $"Cannot delete the manifest '{OutputFolder.ManifestName}': {exception.Message}");
        }
    }
}
