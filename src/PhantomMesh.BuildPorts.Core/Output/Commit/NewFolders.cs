using PhantomMesh.BuildPorts.Paths;

namespace PhantomMesh.BuildPorts.Output.Commit;

/// <summary>Creates the folders a write needs and remembers which it created, so a failed write can take them away again.</summary>
internal sealed class NewFolders(IOutputFileSystem fileSystem)
{
    private readonly List<string> _created = [];

    public void Ensure(string folder)
    {
        var missing = new Stack<string>();
        for (var path = folder; path is not null && !fileSystem.DirectoryExists(path); path = Path.GetDirectoryName(path))
        {
            missing.Push(path);
        }

        while (missing.TryPop(out var path))
        {
            fileSystem.CreateDirectory(path);
            _created.Add(path);
        }
    }

    public void RemoveEmpty()
    {
        for (var i = _created.Count - 1; i >= 0; i--)
        {
            try
            {
                fileSystem.DeleteDirectoryIfEmpty(_created[i]);
            }
            catch (Exception exception) when (IoFailure.IsExpected(exception))
            {
                // An empty folder left behind is harmless; the write's own failure is what gets reported.
            }
        }

        _created.Clear();
    }
}
