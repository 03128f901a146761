namespace PhantomMesh.BuildPorts.Output.Commit;

/// <summary>
/// What renaming the staged files into place did: the files that now hold their new version, the failure that
/// stopped it (null when all were renamed) and the files already replaced that were put back after that failure.
/// </summary>
internal sealed record ReplaceOutcome(IReadOnlyList<string> Replaced, FileFailure? Failure, IReadOnlyList<string> PutBack);
