namespace PhantomMesh.BuildPorts.Output;

/// <summary>
/// The file operations the output writer needs, so tests can simulate a full disk or a locked file.
/// Paths are full paths. Failures are reported with <see cref="IOException"/> or <see cref="UnauthorizedAccessException"/>.
/// </summary>
internal interface IOutputFileSystem
{
    bool FileExists(string path);

    bool DirectoryExists(string path);

    byte[] ReadAllBytes(string path);

    /// <summary>Opens the file for reading, from its start; the caller reads it in chunks and disposes the stream.</summary>
    Stream OpenRead(string path);

    /// <summary>The target stored in the symbolic link (or junction) at <paramref name="path"/>; null when it is no link or does not exist.</summary>
    string? LinkTarget(string path);

    void CreateDirectory(string path);

    /// <summary>
    /// Every file at any depth below the folder <paramref name="path"/>, as full paths, without descending into
    /// symbolic links; used to find the temporary files a killed generator left behind.
    /// </summary>
    IEnumerable<string> EnumerateFiles(string path);

    /// <summary>Creates a file that must not exist yet, writes <paramref name="content"/> and flushes it to the disk.</summary>
    void WriteNewFile(string path, byte[] content);

    /// <summary>
    /// Renames <paramref name="source"/> over <paramref name="target"/> in one atomic step, keeping the target's
    /// permissions where the platform has them, so a reader sees either the old or the new file.
    /// </summary>
    void Replace(string source, string target);

    /// <summary>Deletes the file; a file that is already gone is no error.</summary>
    void DeleteFile(string path);

    /// <summary>Deletes the folder if nothing is in it and returns whether it did.</summary>
    bool DeleteDirectoryIfEmpty(string path);

    /// <summary>
    /// Opens <paramref name="path"/> (creating it) so that no other process can open it until the result is disposed;
    /// throws <see cref="IOException"/> while another holder has it.
    /// </summary>
    IDisposable OpenExclusive(string path, bool deleteOnRelease);
}
