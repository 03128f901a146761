using PhantomMesh.BuildPorts.Paths;

namespace PhantomMesh.BuildPorts.Output.Targets;

/// <summary>The folder generated files go to, its bookkeeping files, and the file system the writer works through.</summary>
internal sealed class OutputFolder
{
    public const string ManifestName = ".phantom-gen-manifest";
    public const string LockName = ".phantom-gen.lock";

    private readonly ContainedFolder _folder;

    public OutputFolder(string path, IOutputFileSystem fileSystem)
    {
        FileSystem = fileSystem;
        _folder = new ContainedFolder(path, fileSystem.LinkTarget);
    }

    public string FullPath => _folder.FullPath;

    public IOutputFileSystem FileSystem { get; }

    public string ManifestPath => FullPathOf(ManifestName);

    public string LockPath => FullPathOf(LockName);

    public static bool IsReservedName(string relativePath)
        => string.Equals(relativePath, ManifestName, PathContainment.PathComparison) || string.Equals(relativePath, LockName, PathContainment.PathComparison);

    public string FullPathOf(string relativePath) => _folder.FullPathOf(relativePath);

    /// <inheritdoc cref="ContainedFolder.Resolve"/>
    public string? Resolve(string relativePath, out string normalised, out string problem)
        => _folder.Resolve(relativePath, out normalised, out problem);
}
