using System.Text.RegularExpressions;
using PhantomMesh.BuildPorts.Output.Targets;
using PhantomMesh.BuildPorts.Paths;

namespace PhantomMesh.BuildPorts.Output.Commit;

/// <summary>
/// Deletes the temporary files a killed generator left behind. Only names of the exact form the writer gives its
/// temporary files (see <see cref="StagedFiles"/>) are touched, and only by the holder of the folder's lock: every
/// writer holds the lock for as long as its temporary files exist, so any such file found then belongs to nobody.
/// </summary>
internal static partial class StaleTempFiles
{
    /// <summary>Deletes every stale temporary file below the folder (links are not followed).</summary>
    public static void Sweep(OutputFolder folder)
    {
        IEnumerable<string> files;
        try
        {
            files = folder.FileSystem.EnumerateFiles(folder.FullPath).ToList();
        }
        catch (Exception exception) when (IoFailure.IsExpected(exception))
        {
            return; // Leftovers are harmless; the write itself reports what it cannot do.
        }

        foreach (var path in files)
        {
            if (!IsTempName(Path.GetFileName(path)))
            {
                continue;
            }

            try
            {
                folder.FileSystem.DeleteFile(path);
            }
            catch (Exception exception) when (IoFailure.IsExpected(exception))
            {
                // Left for the next run.
            }
        }
    }

    /// <summary>Whether <paramref name="fileName"/> is a name <see cref="StagedFiles.TempPathFor"/> gives.</summary>
    public static bool IsTempName(string fileName) => TempName().IsMatch(fileName);

    /// <summary>'.', the target's name cut to 64 characters, '.', a GUID as 32 lowercase hex digits, '.tmp'.</summary>
    [GeneratedRegex(@"\A\..{1,64}\.[0-9a-f]{32}\.tmp\z", RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex TempName();
}
