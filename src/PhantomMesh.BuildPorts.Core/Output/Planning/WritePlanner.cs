using System.Text;
using PhantomMesh.BuildPorts.Diagnostics;
using PhantomMesh.BuildPorts.Output.Manifests;
using PhantomMesh.BuildPorts.Output.Targets;
using PhantomMesh.BuildPorts.Paths;

namespace PhantomMesh.BuildPorts.Output.Planning;

/// <summary>Compares the generated files with the output folder; reads, never writes.</summary>
internal static class WritePlanner
{
    /// <summary>
    /// Compares every generated file with the output folder, each existing file read once; the bytes to write are
    /// made only for the files that change.
    /// </summary>
    public static PreparedWrite Build(OutputFolder folder, IReadOnlyList<GeneratedFile> files)
    {
        var diagnostics = new DiagnosticBag();
        var targets = OutputPathCheck.Resolve(folder, files, diagnostics);
        List<string> created = [], updated = [], unchanged = [];
        var changes = new List<PlannedChange>();
        foreach (var target in targets)
        {
            var comparison = OnDiskComparison.Compare(folder.FileSystem, target.FullPath, target.File.Content);
            switch (comparison.State)
            {
                case OnDisk.Same:
                    unchanged.Add(target.RelativePath);
                    continue;
                case OnDisk.Folder:
                    AddFolderInTheWay(diagnostics, target);
                    continue;
                case OnDisk.Missing:
                    created.Add(target.RelativePath);
                    break;
                default:
                    updated.Add(target.RelativePath);
                    break;
            }

            var content = TextEncodings.Utf8WithoutBom.GetBytes(target.File.Content);
            changes.Add(new PlannedChange(target.RelativePath, target.FullPath, content, target.Location, comparison.Previous));
        }

        var manifest = ManifestText.Read(folder);
        var deleted = StaleEntries(folder, manifest, targets);
        var plan = new WritePlan(Sorted(created), Sorted(updated), Sorted(unchanged), Sorted(deleted), diagnostics.Items);
        return new PreparedWrite(plan, targets, changes, manifest);
    }

    /// <summary>
    /// The problems <see cref="Build"/> would report, found without reading any file: whether the write may start.
    /// True when it may; otherwise <see cref="Build"/> gives the plan with those problems.
    /// </summary>
    public static bool CanStart(OutputFolder folder, IReadOnlyList<GeneratedFile> files)
    {
        var diagnostics = new DiagnosticBag();
        foreach (var target in OutputPathCheck.Resolve(folder, files, diagnostics))
        {
            if (IsFolder(folder.FileSystem, target.FullPath))
            {
                AddFolderInTheWay(diagnostics, target);
            }
        }

        return !diagnostics.Items.Any(d => d.IsError);
    }

    private static void AddFolderInTheWay(DiagnosticBag diagnostics, OutputTarget target)
        => diagnostics.Add(DiagnosticCatalog.OutputNotWritable, target.Location,
            $"Cannot write '{target.RelativePath}': a folder of that name is in the way.");

    private static bool IsFolder(IOutputFileSystem fileSystem, string path)
    {
        try
        {
            return fileSystem.DirectoryExists(path);
        }
        catch (Exception exception) when (IoFailure.IsExpected(exception))
        {
            return false;
        }
    }

    /// <summary>Files the previous generation wrote that this one does not, and that are still there to delete.</summary>
    private static List<string> StaleEntries(OutputFolder folder, Manifest manifest, IReadOnlyList<OutputTarget> targets)
    {
        var generated = targets.Select(t => t.RelativePath).ToHashSet(StringComparer.FromComparison(PathContainment.PathComparison));
        return manifest.Entries
            .Where(entry => !generated.Contains(entry) && Exists(folder.FileSystem, folder.FullPathOf(entry)))
            .ToList();
    }

    private static bool Exists(IOutputFileSystem fileSystem, string path)
    {
        try
        {
            return fileSystem.FileExists(path);
        }
        catch (Exception exception) when (IoFailure.IsExpected(exception))
        {
            return false;
        }
    }

    private static List<string> Sorted(List<string> paths)
    {
        paths.Sort(StringComparer.Ordinal);
        return paths;
    }
}
