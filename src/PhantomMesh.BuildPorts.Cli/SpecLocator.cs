namespace PhantomMesh.BuildPorts.Cli;

/// <summary>Finds ports.toml the way git finds .git: in the working folder or the nearest folder above it.</summary>
public static class SpecLocator
{
    public const string FileName = "ports.toml";

    public static string? Find(string startFolder)
    {
        for (var folder = new DirectoryInfo(startFolder); folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine(folder.FullName, FileName);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }
}
