using PhantomMesh.BuildPorts.Output.Planning;
using PhantomMesh.BuildPorts.Paths;

namespace PhantomMesh.BuildPorts.Output.Commit;

/// <summary>
/// Writes every changed file to a temporary file beside its target, and renames them into place only once all
/// are written: a full disk or a locked folder is found before any output has changed, and each rename is atomic,
/// so a reader sees either a file's old or its new version.
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
                DeleteTempFiles(0);
                _newFolders.RemoveEmpty();
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
    /// Renames the temporary files over their targets in order. On the first failure it stops and deletes the
    /// remaining temporary files; the files already renamed stay (each is complete).
    /// </summary>
    public (IReadOnlyList<string> Replaced, FileFailure? Failure) ReplaceAll()
    {
        var replaced = new List<string>();
        for (var i = 0; i < _staged.Count; i++)
        {
            var (change, tempPath) = _staged[i];
            try
            {
                fileSystem.Replace(tempPath, change.FullPath);
                replaced.Add(change.RelativePath);
            }
            catch (Exception exception) when (IoFailure.IsExpected(exception))
            {
                DeleteTempFiles(i);
                return (replaced, new FileFailure(change, exception));
            }
        }

        _staged.Clear();
        return (replaced, null);
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
            try
            {
                fileSystem.DeleteFile(tempPath);
            }
            catch (Exception exception) when (IoFailure.IsExpected(exception))
            {
                // Nothing more can be done here; the failure that led here is the one reported.
            }
        }

        _staged.Clear();
    }
}
