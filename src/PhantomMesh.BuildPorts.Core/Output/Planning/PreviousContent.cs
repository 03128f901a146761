using PhantomMesh.BuildPorts.Paths;

namespace PhantomMesh.BuildPorts.Output.Planning;

/// <summary>
/// What a target held before the write, kept so that a write stopped halfway can put it back: its bytes, no file
/// (<see cref="Bytes"/> null), or unknown (not <see cref="Readable"/>: it exists but could not be read).
/// </summary>
internal readonly record struct PreviousContent(byte[]? Bytes, bool Readable = true)
{
    public static PreviousContent NoFile => new(null);

    public static PreviousContent Unreadable => new(null, Readable: false);

    /// <summary>Reads what <paramref name="path"/> holds now; for a file the planner did not compare (the manifest).</summary>
    public static PreviousContent Read(IOutputFileSystem fileSystem, string path)
    {
        try
        {
            return fileSystem.FileExists(path) ? new PreviousContent(fileSystem.ReadAllBytes(path)) : NoFile;
        }
        catch (Exception exception) when (IoFailure.IsGone(exception))
        {
            return NoFile;
        }
        catch (Exception exception) when (IoFailure.IsExpected(exception))
        {
            // A file we may replace but not read: it cannot be put back.
            return Unreadable;
        }
    }
}
