namespace PhantomMesh.BuildPorts.Cli.Formatting;

/// <summary>Reads the line a diagnostic points at, once per file.</summary>
internal sealed class SourceLines
{
    private readonly Dictionary<string, string[]?> _files = new(StringComparer.Ordinal);

    public string? Line(string file, int line)
    {
        if (!_files.TryGetValue(file, out var lines))
        {
            try
            {
                lines = File.Exists(file) && new FileInfo(file).Length < 64 * 1024 * 1024 ? File.ReadAllLines(file) : null;
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                lines = null;
            }

            _files[file] = lines;
        }

        return lines is not null && line >= 1 && line <= lines.Length ? lines[line - 1] : null;
    }
}
