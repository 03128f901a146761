using PhantomMesh.BuildPorts.Diagnostics;
using PhantomMesh.BuildPorts.Output.Commit;
using PhantomMesh.BuildPorts.Output.Locking;
using PhantomMesh.BuildPorts.Output.Manifests;
using PhantomMesh.BuildPorts.Output.Targets;

namespace PhantomMesh.BuildPorts.Output.Cleaning;

/// <summary>Deletes what the manifest lists, the folders that leaves empty, and the manifest; nothing else.</summary>
internal static class OutputCleaner
{
    public static CleanResult Clean(OutputFolder folder, TimeSpan lockWait)
    {
        if (!folder.FileSystem.FileExists(folder.ManifestPath))
        {
            return new CleanResult([], []);
        }

        var diagnostics = new DiagnosticBag();
        using var held = OutputLock.Acquire(folder, lockWait, deleteOnRelease: true, out var lockFailure);
        if (held is null)
        {
            diagnostics.Add(OutputWriter.LockFailure(folder, lockWait, lockFailure!));
            return new CleanResult([], diagnostics.Items);
        }

        StaleTempFiles.Sweep(folder);
        var manifest = ManifestText.Read(folder);
        var present = manifest.Entries.Where(entry => folder.FileSystem.FileExists(folder.FullPathOf(entry))).ToList();
        var (deleted, remaining) = StaleOutputs.Delete(folder, present, diagnostics);
        if (remaining.Count == 0)
        {
            ManifestWriter.Delete(folder, diagnostics);
        }
        else
        {
            ManifestWriter.Write(folder, manifest, remaining, diagnostics);
        }

        return new CleanResult(deleted.Order(StringComparer.Ordinal).ToList(), diagnostics.Items);
    }
}
