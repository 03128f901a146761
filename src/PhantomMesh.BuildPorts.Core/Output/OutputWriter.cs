using PhantomMesh.BuildPorts.Diagnostics;
using PhantomMesh.BuildPorts.Output.Cleaning;
using PhantomMesh.BuildPorts.Output.Commit;
using PhantomMesh.BuildPorts.Output.Locking;
using PhantomMesh.BuildPorts.Output.Planning;
using PhantomMesh.BuildPorts.Output.Targets;
using PhantomMesh.BuildPorts.Paths;

namespace PhantomMesh.BuildPorts.Output;

/// <summary>
/// Writes generated files into an output folder all or nothing: paths are checked first (Targets), the changes
/// planned (Planning), changed files staged and renamed into place atomically, with the files already replaced put
/// back if a rename fails (Commit), and files an earlier generation wrote but this one does not are deleted
/// (Manifests). Only a process killed during the renames can leave some files new and some old, each complete; the
/// next write finishes. I/O problems come back as diagnostics, never as exceptions.
/// </summary>
public static class OutputWriter
{
    /// <summary>What <see cref="Write(string, IReadOnlyList{GeneratedFile})"/> would change; reads, writes nothing.</summary>
    public static WritePlan Plan(string outputFolder, IReadOnlyList<GeneratedFile> files) => Plan(outputFolder, files, null);

    public static WriteResult Write(string outputFolder, IReadOnlyList<GeneratedFile> files) => Write(outputFolder, files, null);

    /// <summary>
    /// Deletes the files the manifest lists, the folders that leaves empty and the manifest itself, and returns the
    /// files deleted. Files the manifest does not list are never touched.
    /// </summary>
    public static CleanResult Clean(string outputFolder) => Clean(outputFolder, null);

    // The file system is a test seam (a full disk, a locked file), so the overloads that take one stay internal.
    internal static WritePlan Plan(string outputFolder, IReadOnlyList<GeneratedFile> files, IOutputFileSystem? fileSystem)
        => WritePlanner.Build(new OutputFolder(outputFolder, fileSystem ?? PhysicalFileSystem.Instance), files).Plan;

    internal static WriteResult Write(string outputFolder, IReadOnlyList<GeneratedFile> files, IOutputFileSystem? fileSystem)
        => Write(outputFolder, files, fileSystem, OutputLock.DefaultWait);

    internal static CleanResult Clean(string outputFolder, IOutputFileSystem? fileSystem)
        => OutputCleaner.Clean(new OutputFolder(outputFolder, fileSystem ?? PhysicalFileSystem.Instance), OutputLock.DefaultWait);

    internal static WriteResult Write(string outputFolder, IReadOnlyList<GeneratedFile> files, IOutputFileSystem? fileSystem, TimeSpan lockWait)
    {
        var folder = new OutputFolder(outputFolder, fileSystem ?? PhysicalFileSystem.Instance);

        // Checked before the folder or its lock file is created, so a rejected write leaves no trace at all. The check
        // reads no file; a write that stops before the lock is held plans only then, to report what it would have done.
        if (!WritePlanner.CanStart(folder, files))
        {
            var rejected = WritePlanner.Build(folder, files).Plan;
            return new WriteResult(rejected, rejected.Diagnostics);
        }

        if (CreateFolder(folder) is { } folderFailure)
        {
            return new WriteResult(WritePlanner.Build(folder, files).Plan, [folderFailure]);
        }

        using var held = OutputLock.Acquire(folder, lockWait, deleteOnRelease: false, out var lockFailure);
        if (held is null)
        {
            return new WriteResult(WritePlanner.Build(folder, files).Plan, [LockFailure(folder, lockWait, lockFailure!)]);
        }

        // Only the lock holder has temporary files; any found now were left by a generator that was killed.
        StaleTempFiles.Sweep(folder);

        // Planned once, under the lock: a generator that held it before may have changed the folder meanwhile.
        var plan = WritePlanner.Build(folder, files);
        if (!plan.Plan.CanWrite)
        {
            return new WriteResult(plan.Plan, plan.Plan.Diagnostics);
        }

        return new WriteResult(plan.Plan, [.. plan.Plan.Diagnostics, .. WriteCommit.Apply(folder, plan)]);
    }

    internal static Diagnostic LockFailure(OutputFolder folder, TimeSpan wait, Exception failure)
        => Diagnostic.Create(DiagnosticCatalog.OutputNotWritable, SourceLocation.StartOf(folder.FullPath),
            $"Cannot take the lock '{OutputFolder.LockName}' of the output folder '{folder.FullPath}' within {wait.TotalSeconds:0.#} seconds: "
            + $"{failure.Message} Another generator may be writing there. Nothing was changed.");

    private static Diagnostic? CreateFolder(OutputFolder folder)
    {
        try
        {
            folder.FileSystem.CreateDirectory(folder.FullPath);
            return null;
        }
        catch (Exception exception) when (IoFailure.IsExpected(exception))
        {
            return Diagnostic.Create(DiagnosticCatalog.OutputNotWritable, SourceLocation.StartOf(folder.FullPath),
                $"Cannot create the output folder '{folder.FullPath}': {exception.Message}");
        }
    }
}
