using PhantomMesh.BuildPorts.Output.Targets;
using PhantomMesh.BuildPorts.Paths;

namespace PhantomMesh.BuildPorts.Output.Commit;

/// <summary>Removes the folders that deleting files left empty, innermost first; never the output folder itself.</summary>
internal static class EmptyFolders
{
    public static void Prune(OutputFolder folder, IEnumerable<string> deletedFiles)
    {
        var candidates = deletedFiles
            .SelectMany(ParentFolders)
            .Distinct(StringComparer.Ordinal)
            .OrderByDescending(path => path.Count(c => c == '/'))
            .ThenBy(path => path, StringComparer.Ordinal);
        foreach (var relativePath in candidates)
        {
            var fullPath = folder.FullPathOf(relativePath);
            try
            {
                // A linked folder is someone's deliberate arrangement; removing the link is not ours to do.
                if (folder.FileSystem.LinkTarget(fullPath) is null)
                {
                    folder.FileSystem.DeleteDirectoryIfEmpty(fullPath);
                }
            }
            catch (Exception exception) when (IoFailure.IsExpected(exception))
            {
                // Not empty after all (another writer put a file there), or already gone: either way it stays as it is.
            }
        }
    }

    private static IEnumerable<string> ParentFolders(string relativeFile)
    {
        for (var slash = relativeFile.LastIndexOf('/'); slash > 0; slash = relativeFile.LastIndexOf('/', slash - 1))
        {
            yield return relativeFile[..slash];
        }
    }
}
