using PhantomMesh.BuildPorts.Diagnostics;
using PhantomMesh.BuildPorts.Output.Targets;
using PhantomMesh.BuildPorts.Paths;

namespace PhantomMesh.BuildPorts.Output.Commit;

/// <summary>Deletes files the manifest lists, then the folders that leaves empty.</summary>
internal static class StaleOutputs
{
    /// <summary>Returns the files deleted (or already gone) and the ones that could not be deleted, each reported.</summary>
    public static (IReadOnlyList<string> Deleted, IReadOnlyList<string> Remaining) Delete(
        OutputFolder folder, IReadOnlyList<string> listed, DiagnosticBag diagnostics)
    {
        List<string> deleted = [], remaining = [];
        foreach (var relativePath in listed)
        {
            try
            {
                folder.FileSystem.DeleteFile(folder.FullPathOf(relativePath));
                deleted.Add(relativePath);
            }
            catch (Exception exception) when (IoFailure.IsGone(exception))
            {
                deleted.Add(relativePath);
            }
            catch (Exception exception) when (IoFailure.IsExpected(exception))
            {
                remaining.Add(relativePath);
                diagnostics.Add(DiagnosticCatalog.OutputNotWritable, SourceLocation.StartOf(folder.FullPath),
                    $"Cannot delete '{relativePath}', generated earlier and no longer generated: {exception.Message} "
                    + "It stays listed in the manifest, so a later run deletes it.");
            }
        }

        EmptyFolders.Prune(folder, deleted);
        return (deleted, remaining);
    }
}
