using PhantomMesh.BuildPorts.Cli.Formatting;

namespace PhantomMesh.BuildPorts.Cli.Commands;

/// <summary>What every command needs: the console, the working folder, and how to find the spec.</summary>
public sealed class CommandContext(CliConsole console, string workingDirectory)
{
    public CliConsole Console { get; } = console;

    public string WorkingDirectory { get; } = workingDirectory;

    /// <summary>The spec named by --spec, or the nearest ports.toml above the working folder; null after reporting why not.</summary>
    public string? ResolveSpec(string? specOption)
    {
        if (specOption is not null)
        {
            var path = Path.GetFullPath(Path.Combine(WorkingDirectory, specOption));
            if (File.Exists(path))
            {
                return path;
            }

            Console.Error.WriteLine($"phantom-gen: spec file '{specOption}' does not exist.");
            return null;
        }

        var found = SpecLocator.Find(WorkingDirectory);
        if (found is null)
        {
            Console.Error.WriteLine($"phantom-gen: no {SpecLocator.FileName} in '{WorkingDirectory}' or any folder above it; pass --spec PATH, or create one with 'phantom-gen init'.");
        }

        return found;
    }

    public string? ResolveFolder(string? option)
        => option is null ? null : Path.GetFullPath(Path.Combine(WorkingDirectory, option));

    /// <summary>A path as the user will recognise it: relative to the working folder when inside it.</summary>
    public string Display(string path) => RelativePath.Inside(WorkingDirectory, path) ?? path;
}
