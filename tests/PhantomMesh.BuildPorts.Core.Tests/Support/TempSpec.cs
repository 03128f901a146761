using PhantomMesh.BuildPorts.Validation;

namespace PhantomMesh.BuildPorts.Tests.Support;

/// <summary>Writes spec text to a fresh temporary folder and checks it, as a user's ports.toml would be.</summary>
public sealed class TempSpec : IDisposable
{
    private readonly TempFolder _folder = new("pm-spec-");

    public string Folder => _folder.Path;

    public string Write(string relativePath, string text) => _folder.Write(relativePath, text);

    public static SpecCheckResult Check(string text, ValidationOptions? options = null)
    {
        using var temp = new TempSpec();
        return SpecCheck.Run(temp.Write("ports.toml", text), options);
    }

    public void Dispose() => _folder.Dispose();
}
