using PhantomMesh.BuildPorts.Diagnostics;
using PhantomMesh.BuildPorts.Loading;
using PhantomMesh.BuildPorts.Loading.Compose;

namespace PhantomMesh.BuildPorts.Import;

/// <summary>
/// Plans an import: reads the Compose files and manifests, and returns the spec (and, when splitting,
/// the Compose files without their ports) as text. Writes nothing; problems are diagnostics in the file at fault.
/// </summary>
public static class SpecImport
{
    /// <summary>The name of a split Compose file: <c>compose.yaml</c> becomes <c>compose.base.yaml</c>.</summary>
    internal static string SplitPath(string composeFile)
        => Path.Combine(Path.GetDirectoryName(composeFile) ?? ".", Path.GetFileNameWithoutExtension(composeFile) + ".base" + Path.GetExtension(composeFile));

    public static ImportPlan? Plan(ImportRequest request, DiagnosticBag diagnostics)
    {
        var composeFiles = Read(request.ComposeFiles, "Compose file", diagnostics);
        var manifests = Read(request.KubernetesManifests, "Kubernetes manifest", diagnostics);
        if (diagnostics.HasErrors)
        {
            return null;
        }

        var services = manifests.SelectMany(m => KubernetesServiceReader.Read(m, diagnostics)).ToList();
        var folder = Path.GetFileName(Path.GetDirectoryName(request.ComposeFiles[0])) ?? "project";
        if (ComposeImporter.Import(composeFiles, services, folder, diagnostics) is not { } project || diagnostics.HasErrors)
        {
            return null;
        }

        var (grouped, groups) = GroupInferrer.Apply(project, request.Groups);
        var files = new List<(string Path, string Text)>();
        var notCarried = new List<string>(grouped.NotCarried);
        string? baseFile = null;
        if (request.Split)
        {
            var carried = project.Containers.SelectMany(c => c.Ports).SelectMany(p => p.Entries).ToHashSet();
            notCarried.AddRange(NotSplit(carried, composeFiles));
            foreach (var file in composeFiles)
            {
                if (ComposePortsRemover.Remove(file, carried, diagnostics) is not { } split)
                {
                    return null;
                }

                var target = request.InPlace ? file.Path : SplitPath(file.Path);
                baseFile ??= target;
                files.Add((target, split.Text));
                notCarried.AddRange(split.Kept);
            }
        }

        var specFolder = Path.GetDirectoryName(request.SpecPath) ?? ".";
        string Relative(string path) => Path.GetRelativePath(specFolder, path).Replace('\\', '/');
        var spec = ImportedSpecWriter.Write(grouped with { NotCarried = notCarried }, groups, Relative, request.Split, baseFile is null ? null : Relative(baseFile));
        files.Add((request.SpecPath, spec));
        return new ImportPlan(files, notCarried);
    }

    /// <summary>Carried entries written in a file the split does not rewrite (one that <c>extends.file</c> names): they stay there.</summary>
    private static IEnumerable<string> NotSplit(IEnumerable<SourceLocation> carried, IReadOnlyList<SourceText> composeFiles)
        => carried
            .Where(entry => !composeFiles.Any(f => f.Path == entry.File))
            .OrderBy(entry => entry.File, StringComparer.Ordinal).ThenBy(entry => entry.Line)
            .Select(entry => $"{ComposeImporter.Where(entry)}: this ports entry is carried into the spec, but the split rewrites only the files given; remove it by hand.");

    private static List<SourceText> Read(IEnumerable<string> paths, string kind, DiagnosticBag diagnostics)
        => paths.Select(path => SourceText.FromFile(path, null, diagnostics, kind)).OfType<SourceText>().ToList();
}
