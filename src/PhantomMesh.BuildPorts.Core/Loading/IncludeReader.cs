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
        if (SourceText.FromFile(path, written.Location, diagnostics, ComposeRecognizer.HasComposeName(path) ? "Compose file" : "Spec file") is not { } source)
        {
            return null;
        }

        return ComposeRecognizer.IsCompose(path, source.Text)
            ? LoadCompose([source], DefaultEnvFiles(path), diagnostics, requireServices: true)
            : SpecLoader.ParseAndBind(source.Text, path, diagnostics, environmentName);
    }

    private PortSpec? ReadComposeSet(PortSpec includer, SpecInclude include, List<(string Full, Located<string> Written)> paths)
    {
        var files = paths.Select(p => SourceText.FromFile(p.Full, p.Written.Location, diagnostics, "Compose file")).ToList();
        List<SourceText?> envFiles = include.EnvFiles.Count == 0
            ? [.. DefaultEnvFiles(paths[0].Full)]
            : [.. include.EnvFiles.Select(written => Resolve(includer, written) is { } full ? SourceText.FromFile(full, written.Location, diagnostics, "Env file") : null)];
        if (files.Contains(null) || envFiles.Contains(null))
        {
            return null;
        }

        return LoadCompose(files!, envFiles!, diagnostics, requireServices: false);
    }

    /// <summary>
    /// The project's own Compose file (<c>[project] compose_file</c>) with the <c>.env</c> beside it, as
    /// Compose reads it, for PM2013; null when the spec names none or it cannot be read. Only its errors
    /// are reported: its warnings are the project's own Compose business.
    /// </summary>
    public PortSpec? ReadBaseCompose(PortSpec root)
    {
        if (root.Project.ComposeFile is not { } written || SpecIdentity.Resolve(root.File, written.Value) is not { } path)
        {
            return null;
        }

        if (!File.Exists(path))
        {
            diagnostics.Add(DiagnosticCatalog.IncludeNotFound, written.Location, $"compose_file names '{written.Value}', which does not exist; name the project's own Compose file, relative to the spec.");
            return null;
        }

        var own = new DiagnosticBag();
        var compose = SourceText.FromFile(path, written.Location, own, "Compose file") is { } source
            ? LoadCompose([source], DefaultEnvFiles(path), own, requireServices: false)
            : null;
        foreach (var problem in own.Items.Where(d => d.IsError))
        {
            diagnostics.Add(problem);
        }

        return compose;
    }

    private PortSpec? LoadCompose(IReadOnlyList<SourceText> files, IReadOnlyList<SourceText> envFiles, DiagnosticBag into, bool requireServices)
        => ComposeProjectLoader.Load(files, envFiles, DefaultEnvFilePath(files[0].Path), environment, into, requireServices);

    /// <summary>The .env beside the first Compose file, as Compose reads it, when it exists.</summary>
    private List<SourceText> DefaultEnvFiles(string composeFile)
    {
        var path = DefaultEnvFilePath(composeFile);
        return File.Exists(path) && SourceText.FromFile(path, null, diagnostics, "Env file") is { } source ? [source] : [];
    }

    private static string DefaultEnvFilePath(string composeFile) => Path.Combine(Path.GetDirectoryName(composeFile)!, ".env");

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
