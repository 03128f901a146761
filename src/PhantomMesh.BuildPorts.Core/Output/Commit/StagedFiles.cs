using PhantomMesh.BuildPorts.Output.Planning;
using PhantomMesh.BuildPorts.Paths;

namespace PhantomMesh.BuildPorts.Output.Commit;

/// <summary>
/// Writes every changed file to a temporary file beside its target, and renames them into place only once all
/// are written: a full disk or a locked folder is found before any output has changed, and each rename is atomic,
/// so a reader sees either a file's old or its new version. The bytes each target held when planned
/// (<see cref="PlannedChange.Previous"/>) are kept in memory, so when a rename fails halfway the files already replaced
/// are put back and the folder is as it was.
/// </summary>
internal sealed class StagedFiles(IOutputFileSystem fileSystem)
{
    /// <summary>Keeps temporary names well below the 255-byte limit on a file name, whatever the target's length.</summary>
    /// <remarks><see cref="StaleTempFiles"/> has this length in its pattern.</remarks>
    private const int MaxNameInTempFile = 64;

    private readonly List<(PlannedChange Change, string TempPath)> _staged = [];
    private readonly NewFolders _newFolders = new(fileSystem);

    /// <summary>Writes the temporary files; on failure removes every one of them and the folders made for them.</summary>
    public FileFailure? WriteAll(IReadOnlyList<PlannedChange> changes)
    {
        foreach (var change in changes)
        {
            var tempPath = TempPathFor(change.FullPath);
            try
            {
                _newFolders.Ensure(Path.GetDirectoryName(change.FullPath)!);
                _staged.Add((change, tempPath)); // before writing, so a half-written file is deleted too
                fileSystem.WriteNewFile(tempPath, change.Content);
            }
            catch (Exception exception) when (IoFailure.IsExpected(exception))
            {
                Discard();
                return new FileFailure(change, exception);
            }
        }

        return null;
    }

    /// <summary>Deletes the temporary files written so far and the folders made for them; nothing is renamed.</summary>
    public void Discard()
    {
        DeleteTempFiles(0);
        _newFolders.RemoveEmpty();
    }

    /// <summary>
    /// Renames the temporary files over their targets in order. On the first failure it stops, deletes the remaining
    /// temporary files and puts back the files already replaced: a new file is deleted, a replaced one gets its kept
    /// bytes again (atomically, like any write). <see cref="ReplaceOutcome.Replaced"/> lists what still holds its new
    /// version, which after a failure is only what could not be put back.
    /// </summary>
    public ReplaceOutcome ReplaceAll()
    {
        for (var i = 0; i < _staged.Count; i++)
        {
            var (change, tempPath) = _staged[i];
            try
            {
                fileSystem.Replace(tempPath, change.FullPath);
            }
            catch (Exception exception) when (IoFailure.IsExpected(exception))
            {
                var done = _staged.Take(i).ToList();
                DeleteTempFiles(i);
                var putBack = done.ToLookup(staged => PutBack(staged.Change), staged => staged.Change.RelativePath);
                _newFolders.RemoveEmpty();
                return new ReplaceOutcome([.. putBack[false]], new FileFailure(change, exception), [.. putBack[true]]);
            }
        }

        var replaced = _staged.Select(staged => staged.Change.RelativePath).ToList();
        _staged.Clear();
        return new ReplaceOutcome(replaced, null, []);
    }

    /// <summary>Restores a target to what it held before this write; false when that is unknown or the disk refuses.</summary>
    private bool PutBack(PlannedChange change)
    {
        var previous = change.Previous;
        var tempPath = TempPathFor(change.FullPath);
        try
        {
            if (!previous.Readable)
            {
                return false;
            }

            if (previous.Bytes is null)
            {
                fileSystem.DeleteFile(change.FullPath);
                return true;
            }

            fileSystem.WriteNewFile(tempPath, previous.Bytes);
            fileSystem.Replace(tempPath, change.FullPath);
            return true;
        }
        catch (Exception exception) when (IoFailure.IsExpected(exception))
        {
            DeleteQuietly(tempPath);
            return false;
        }
    }

    /// <summary>
    /// A name no other writer picks: two generators writing one folder at once never share a temporary file.
    /// <see cref="StaleTempFiles"/> recognises exactly this form; change both together.
    /// </summary>
    internal static string TempPathFor(string target)
    {
        var name = Path.GetFileName(target);
        var shortName = name.Length > MaxNameInTempFile ? name[..MaxNameInTempFile] : name;
        return Path.Combine(Path.GetDirectoryName(target)!, $".{shortName}.{Guid.NewGuid():N}.tmp");
    }

    private void DeleteTempFiles(int from)
    {
        foreach (var (_, tempPath) in _staged.Skip(from))
        {
            DeleteQuietly(tempPath);
        }

        _staged.Clear();
    }

    private void DeleteQuietly(string tempPath)
    {
        try
        {
            fileSystem.DeleteFile(tempPath);
        }
        catch (Exception exception) when (IoFailure.IsExpected(exception))
        {
            // Nothing more can be done here; the failure that led here is the one reported, and the next run's
            // sweep (StaleTempFiles) deletes a temporary file left behind.
        }
    }
}
