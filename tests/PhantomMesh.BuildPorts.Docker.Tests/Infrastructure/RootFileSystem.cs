namespace PhantomMesh.BuildPorts.Docker.Tests.Infrastructure;

/// <summary>
/// A folder laid out as an image's root file system, filled from the host's own programs: the
/// images are made offline, without a registry.
/// </summary>
public sealed class RootFileSystem(string folder)
{
    private const UnixFileMode Executable = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute
        | UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute;

    public string Folder { get; } = folder;

    /// <summary>Copies <paramref name="hostProgram"/> to <paramref name="imagePath"/> with the loader and libraries it links.</summary>
    public async Task AddProgramAsync(string hostProgram, string imagePath)
    {
        CopyFromHost(hostProgram, imagePath);
        foreach (var library in await SharedLibraries.OfAsync(hostProgram))
        {
            CopyFromHost(library, library);
        }
    }

    /// <summary>The host's busybox as /bin/busybox, with a /bin link for each of <paramref name="applets"/>.</summary>
    public async Task AddBusyboxAsync(string hostBusybox, params string[] applets)
    {
        await AddProgramAsync(hostBusybox, "/bin/busybox");
        foreach (var applet in applets)
        {
            File.CreateSymbolicLink(Place("/bin/" + applet), "busybox");
        }
    }

    public void AddFile(string imagePath, string text, bool executable = false)
    {
        var path = Place(imagePath);
        File.WriteAllText(path, text);
        if (executable)
        {
            File.SetUnixFileMode(path, Executable);
        }
    }

    public void AddFolder(string imagePath) => Directory.CreateDirectory(Place(imagePath));

    private void CopyFromHost(string hostPath, string imagePath)
    {
        var path = Place(imagePath);
        File.Copy(hostPath, path, overwrite: true); // follows links: the image gets the file itself
        File.SetUnixFileMode(path, Executable);
    }

    /// <summary>The host path of <paramref name="imagePath"/>, its folder created.</summary>
    private string Place(string imagePath)
    {
        var path = Path.Combine(Folder, imagePath.TrimStart('/'));
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        return path;
    }
}
