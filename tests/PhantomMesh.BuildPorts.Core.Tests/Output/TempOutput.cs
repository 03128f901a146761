using System.Text;

namespace PhantomMesh.BuildPorts.Tests.Output;

/// <summary>
/// A fresh temporary root with an output folder inside it (not created yet) and room beside that folder for files
/// the writer must never touch.
/// </summary>
public sealed class TempOutput : IDisposable
{
    public TempOutput()
    {
        Root = Path.Combine(Path.GetTempPath(), "pm-out-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Root);
        Folder = Path.Combine(Root, "out");
    }

    public string Root { get; }

    public string Folder { get; }

    public string PathOf(string relativePath) => Path.Combine(Folder, relativePath);

    /// <summary>Puts a file in the output folder as a user or an earlier run would have.</summary>
    public string Write(string relativePath, string text) => WriteAt(PathOf(relativePath), text);

    /// <summary>Puts a file beside the output folder, where no output may ever land.</summary>
    public string WriteOutside(string relativePath, string text) => WriteAt(Path.Combine(Root, relativePath), text);

    public string Read(string relativePath) => File.ReadAllText(PathOf(relativePath));

    public bool Exists(string relativePath) => File.Exists(PathOf(relativePath));

    /// <summary>Every file under the output folder, relative with '/', sorted.</summary>
    public IReadOnlyList<string> Files()
        => Directory.Exists(Folder)
            ? Directory.EnumerateFiles(Folder, "*", SearchOption.AllDirectories)
                .Select(path => Path.GetRelativePath(Folder, path).Replace(Path.DirectorySeparatorChar, '/'))
                .Order(StringComparer.Ordinal)
                .ToList()
            : [];

    public IReadOnlyList<string> TempFiles() => Files().Where(path => path.EndsWith(".tmp", StringComparison.Ordinal)).ToList();

    /// <summary>Every file under the root with its bytes, to show that nothing changed.</summary>
    public IReadOnlyDictionary<string, string> Snapshot()
        => Directory.EnumerateFiles(Root, "*", SearchOption.AllDirectories)
            .ToDictionary(path => path, path => Convert.ToHexString(File.ReadAllBytes(path)));

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // A leftover temp folder must not fail a test.
        }
    }

    private static string WriteAt(string path, string text)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        return path;
    }
}
