using System.Diagnostics;
using PhantomMesh.BuildPorts.Output.Targets;
using PhantomMesh.BuildPorts.Paths;

namespace PhantomMesh.BuildPorts.Output.Locking;

/// <summary>
/// Lets one generator at a time change an output folder, across processes: the holder keeps the folder's
/// lock file open with no sharing. The file stays in the folder, because deleting a lock file that another process
/// has just opened would let two holders in; only a clean, which empties the folder, deletes it.
/// </summary>
internal static class OutputLock
{
    public static readonly TimeSpan DefaultWait = TimeSpan.FromSeconds(30);

    /// <summary>Returns the held lock, or null with the last reason it could not be taken once <paramref name="wait"/> has passed.</summary>
    public static IDisposable? Acquire(OutputFolder folder, TimeSpan wait, bool deleteOnRelease, out Exception? failure)
    {
        var waited = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                failure = null;
                return folder.FileSystem.OpenExclusive(folder.LockPath, deleteOnRelease);
            }
            catch (IOException exception) when (!IoFailure.IsGone(exception) && waited.Elapsed < wait)
            {
                // Held by another generator: its write takes milliseconds, so a short random pause keeps waiters apart.
                Thread.Sleep(Random.Shared.Next(5, 40));
            }
            catch (Exception exception) when (IoFailure.IsExpected(exception))
            {
                failure = exception;
                return null;
            }
        }
    }
}
