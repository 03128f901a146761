using System.Text;
using PhantomMesh.BuildPorts.Diagnostics;
using PhantomMesh.BuildPorts.Output.Manifests;
using PhantomMesh.BuildPorts.Output.Targets;
using PhantomMesh.BuildPorts.Paths;

namespace PhantomMesh.BuildPorts.Output.Planning;

/// <summary>Compares the generated files with the output folder; reads, never writes.</summary>
internal static class WritePlanner
{

    private enum OnDisk
    {
        Missing,
        Same,
        Different,
        Folder,
    }

    public static PreparedWrite Build(OutputFolder folder, IReadOnlyList<GeneratedFile> files)
    {
        var diagnostics = new DiagnosticBag();
        var targets = OutputPathCheck.Resolve(folder, files, diagnostics);
        List<string> created = [], updated = [], unchanged = [];
        var changes = new List<PlannedChange>();
        foreach (var target in targets)
        {
            var content = TextEncodings.Utf8WithoutBom.GetBytes(target.File.Content);
            switch (Compare(folder.FileSystem, target.FullPath, content))
            {
                case OnDisk.Same:
                    unchanged.Add(target.RelativePath);
                    continue;
                case OnDisk.Folder:
                    diagnostics.Add(DiagnosticCatalog.OutputNotWritable, target.Location,
                        $"Cannot write '{target.RelativePath}': a folder of that name is in the way.");
                    continue;
                case OnDisk.Missing:
                    created.Add(target.RelativePath);
                    break;
                default:
                    updated.Add(target.RelativePath);
                    break;
            }

            changes.Add(new PlannedChange(target.RelativePath, target.FullPath, content, target.Location));
        }

        var manifest = ManifestText.Read(folder);
        var deleted = StaleEntries(folder, manifest, targets);
        var plan = new WritePlan(Sorted(created), Sorted(updated), Sorted(unchanged), Sorted(deleted), diagnostics.Items);
        return new PreparedWrite(plan, targets, changes, manifest);
    }

    /// <summary>Files the previous generation wrote that this one does not, and that are still there to delete.</summary>
    private static List<string> StaleEntries(OutputFolder folder, Manifest manifest, IReadOnlyList<OutputTarget> targets)
    {
        var generated = targets.Select(t => t.RelativePath).ToHashSet(StringComparer.FromComparison(PathContainment.PathComparison));
        return manifest.Entries
            .Where(entry => !generated.Contains(entry) && Exists(folder.FileSystem, folder.FullPathOf(entry)))
            .ToList();
    }

    private static OnDisk Compare(IOutputFileSystem fileSystem, string path, byte[] content)
    {
        try
        {
            if (fileSystem.DirectoryExists(path))
            {
                return OnDisk.Folder;
            }

            if (!fileSystem.FileExists(path))
            {
                return OnDisk.Missing;
            }

            return fileSystem.ReadAllBytes(path).AsSpan().SequenceEqual(content) ? OnDisk.Same : OnDisk.Different;
        }
        catch (Exception exception) when (IoFailure.IsGone(exception))
        {
            return OnDisk.Missing;
        }
        catch (Exception exception) when (IoFailure.IsExpected(exception))
        {
            // What cannot be read cannot be shown to be current; replacing it is the safe answer.
            return OnDisk.Different;
        }
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
