using PhantomMesh.BuildPorts.Validation;

namespace PhantomMesh.BuildPorts.Tests.Support;

/// <summary>Writes spec text to a fresh temporary folder and checks it, as a user's ports.toml would be.</summary>
public sealed class TempSpec : IDisposable
{
    public TempSpec()
    {
        Folder = Path.Combine(Path.GetTempPath(), "pm-spec-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Folder);
    }

    public string Folder { get; }

    public string Write(string relativePath, string text)
    {
        var path = Path.Combine(Folder, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    public static SpecCheckResult Check(string text, ValidationOptions? options = null)
    {
        using var temp = new TempSpec();
        return SpecCheck.Run(temp.Write("ports.toml", text), options);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder must not fail a test.
        }
    }
}
