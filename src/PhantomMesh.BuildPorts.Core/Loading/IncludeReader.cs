using PhantomMesh.BuildPorts.Diagnostics;
using PhantomMesh.BuildPorts.Loading.Compose;
using PhantomMesh.BuildPorts.Spec;

namespace PhantomMesh.BuildPorts.Loading;

/// <summary>
/// Reads what one entry of <c>includes</c> names: another project's ports.toml, or its Compose file
/// or files, as a spec. Each file (or set of files) is read once, however often it is included.
/// An included ports.toml is read in <paramref name="environmentName"/> when it defines that environment.
/// </summary>
internal sealed class IncludeReader(DiagnosticBag diagnostics, HashSet<string> visited, Func<string, string?> environment, string? environmentName)
{
    public PortSpec? Read(PortSpec includer, SpecInclude include)
    {
        var paths = new List<(string Full, Located<string> Written)>();
        foreach (var written in include.Paths)
        {
            if (Resolve(includer, written) is not { } full)
            {
                return null;
            }

            paths.Add((full, written));
        }

        if (!visited.Add(string.Join('\n', paths.Select(p => SpecIdentity.Of(p.Full)))))
        {
            return null; // Two projects may include each other: each spec is read once.
        }

        return include.Kind == IncludeKind.ComposeSet ? ReadComposeSet(includer, include, paths) : ReadPath(paths[0].Full, paths[0].Written);
    }

    private PortSpec? ReadPath(string path, Located<string> written)
    {
        var text = SpecFileReader.Read(path, written.Location, diagnostics, ComposeRecognizer.HasComposeName(path) ? "Compose file" : "Spec file");
        if (text is null)
        {
            return null;
        }

        return ComposeRecognizer.IsCompose(path, text)
            ? LoadCompose([new SourceText(path, text)], DefaultEnvFiles(path), requireServices: true)
            : SpecLoader.ParseAndBind(text, path, diagnostics, environmentName);
    }

    private PortSpec? ReadComposeSet(PortSpec includer, SpecInclude include, List<(string Full, Located<string> Written)> paths)
    {
        var files = paths.Select(p => ReadText(p.Full, p.Written, "Compose file")).ToList();
        List<SourceText?> envFiles = include.EnvFiles.Count == 0
            ? [.. DefaultEnvFiles(paths[0].Full)]
            : [.. include.EnvFiles.Select(written => Resolve(includer, written) is { } full ? ReadText(full, written, "Env file") : null)];
        if (files.Contains(null) || envFiles.Contains(null))
        {
            return null;
        }

        return LoadCompose(files!, envFiles!, requireServices: false);
    }

    private PortSpec? LoadCompose(IReadOnlyList<SourceText> files, IReadOnlyList<SourceText> envFiles, bool requireServices)
        => ComposeProjectLoader.Load(files, envFiles, DefaultEnvFilePath(files[0].Path), environment, diagnostics, requireServices);

    /// <summary>The .env beside the first Compose file, as Compose reads it, when it exists.</summary>
    private List<SourceText> DefaultEnvFiles(string composeFile)
    {
        var path = DefaultEnvFilePath(composeFile);
        return File.Exists(path) && SpecFileReader.Read(path, null, diagnostics, "Env file") is { } text ? [new SourceText(path, text)] : [];
    }

    private static string DefaultEnvFilePath(string composeFile) => Path.Combine(Path.GetDirectoryName(composeFile)!, ".env");

    private SourceText? ReadText(string path, Located<string> written, string kind)
        => SpecFileReader.Read(path, written.Location, diagnostics, kind) is { } text ? new SourceText(path, text) : null;

    private string? Resolve(PortSpec includer, Located<string> written)
    {
        var full = SpecIdentity.Resolve(includer.File, written.Value);
        if (full is null)
        {
            diagnostics.Add(DiagnosticCatalog.IncludeNotFound, written.Location,
                $"'{written.Value.Replace("\0", "\\0", StringComparison.Ordinal)}' is not a usable path; write the path of another project's ports.toml or Compose file, relative to this file.");
        }

        return full;
    }
}
