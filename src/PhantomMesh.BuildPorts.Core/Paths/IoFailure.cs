using System.Security;

namespace PhantomMesh.BuildPorts.Paths;

internal static class IoFailure
{
    /// <summary>The exceptions a file operation throws for reasons outside the program: they become diagnostics.</summary>
    public static bool IsExpected(Exception exception)
        => exception is IOException or UnauthorizedAccessException or NotSupportedException or SecurityException;

    /// <summary>A file or folder that another writer removed or renamed first.</summary>
    public static bool IsGone(Exception exception)
        => exception is FileNotFoundException or DirectoryNotFoundException;
}
