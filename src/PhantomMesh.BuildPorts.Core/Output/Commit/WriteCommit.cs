using PhantomMesh.BuildPorts.Diagnostics;
using PhantomMesh.BuildPorts.Output.Manifests;
using PhantomMesh.BuildPorts.Output.Planning;
using PhantomMesh.BuildPorts.Output.Targets;

namespace PhantomMesh.BuildPorts.Output.Commit;

/// <summary>
/// Carries out a plan: changed files into place, stale files out, the manifest last. When files the manifest does
/// not list yet are about to appear, the manifest lists them first, so a generator killed between the two leaves
/// no file behind that the next run would not know it owns. A rename that fails puts back the files already
/// replaced (<see cref="StagedFiles.ReplaceAll"/>), so a failed write changes no output. Only a process killed in
/// the middle of the renames can leave some files new and some old; each is complete, and the next run finishes.
/// </summary>
internal static class WriteCommit
{
    public static IReadOnlyList<Diagnostic> Apply(OutputFolder folder, PreparedWrite plan)
    {
        var diagnostics = new DiagnosticBag();
        var staged = new StagedFiles(folder.FileSystem);
        if (staged.WriteAll(plan.Changes) is { } writeFailure)
        {
            diagnostics.Add(DiagnosticCatalog.OutputNotWritable, writeFailure.Change.Location,
                $"Cannot write '{writeFailure.Change.RelativePath}': {writeFailure.Error.Message} No output was changed.");
            return diagnostics.Items;
        }

        if (ListNewFilesFirst(folder, plan, diagnostics) is not { } manifest)
        {
            staged.Discard();
            return diagnostics.Items;
        }

        var outcome = staged.ReplaceAll();
        IReadOnlyList<string> staleLeft;
        if (outcome.Failure is null)
        {
            staleLeft = StaleOutputs.Delete(folder, plan.Plan.Deleted, diagnostics).Remaining;
        }
        else
        {
            ReportHalfway(plan, outcome, diagnostics);
            staleLeft = plan.Plan.Deleted;
        }

        ManifestWriter.Write(folder, manifest, OwnedOnDisk(plan, outcome.Replaced).Concat(staleLeft), diagnostics);
        return diagnostics.Items;
    }

    /// <summary>
    /// Writes the manifest with the owned files about to be renamed into place added, when it lacks any of them, and
    /// returns the manifest now on disk; null (reported) when it cannot be written, and then nothing may change.
    /// </summary>
    private static Manifest? ListNewFilesFirst(OutputFolder folder, PreparedWrite plan, DiagnosticBag diagnostics)
    {
        var listed = plan.Manifest.Entries.ToHashSet(StringComparer.Ordinal);
        var changing = plan.Changes.Select(c => c.RelativePath).ToHashSet(StringComparer.Ordinal);
        var arriving = plan.Targets
            .Where(t => t.File.Owned && changing.Contains(t.RelativePath) && !listed.Contains(t.RelativePath))
            .Select(t => t.RelativePath)
            .ToList();
        if (arriving.Count == 0)
        {
            return plan.Manifest;
        }

        var entries = plan.Manifest.Entries.Concat(arriving).ToList();
        if (ManifestWriter.TryWrite(folder, plan.Manifest, entries, out var written) is { } failure)
        {
            diagnostics.Add(DiagnosticCatalog.OutputNotWritable, failure.Change.Location,
                $"Cannot write the manifest '{OutputFolder.ManifestName}', which must list new files before they are written: "
                + $"{failure.Error.Message} No output was changed.");
            return null;
        }

        return new Manifest(entries, written);
    }

    /// <summary>
    /// The owned files now on disk that the writer may later delete: those it wrote or found identical, and those
    /// it already owned. A file it failed to replace and never wrote before stays someone else's.
    /// </summary>
    private static IEnumerable<string> OwnedOnDisk(PreparedWrite plan, IReadOnlyList<string> replaced)
    {
        var ours = replaced.Concat(plan.Plan.Unchanged).Concat(plan.Manifest.Entries).ToHashSet(StringComparer.Ordinal);
        return plan.Targets.Where(t => t.File.Owned && ours.Contains(t.RelativePath)).Select(t => t.RelativePath);
    }

    private static void ReportHalfway(PreparedWrite plan, ReplaceOutcome outcome, DiagnosticBag diagnostics)
    {
        var failure = outcome.Failure!;
        var undone = outcome.PutBack.Count == 0
            ? "No file had been replaced yet"
            : $"The {outcome.PutBack.Count} of {plan.Changes.Count} changed files already replaced were put back ({string.Join(", ", outcome.PutBack)})";
        var result = outcome.Replaced.Count == 0
            ? "; no output was changed."
            : $", except {string.Join(", ", outcome.Replaced)}, which could not be put back and keep their new version. Every file is complete; generate again to finish.";
        diagnostics.Add(DiagnosticCatalog.OutputNotWritable, failure.Change.Location,
            $"Cannot replace '{failure.Change.RelativePath}' with its new version: {failure.Error.Message} {undone}{result}");
    }
}
