using PhantomMesh.BuildPorts.Diagnostics;

namespace PhantomMesh.BuildPorts.Output.Targets;

/// <summary>
/// Checks every generated file's path before anything is written: inside the folder, and one file per path. This is
/// the one place two outputs on one path are found; the renderer only lets a project template replace a built-in one.
/// </summary>
internal static class OutputPathCheck
{
    public static IReadOnlyList<OutputTarget> Resolve(OutputFolder folder, IReadOnlyList<GeneratedFile> files, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(files);
        var targets = new List<OutputTarget>();
        var byPath = new Dictionary<string, OutputTarget>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            var location = file.Origin ?? SourceLocation.StartOf(folder.FullPath);
            var fullPath = folder.Resolve(file.RelativePath, out var relativePath, out var problem);
            if (fullPath is null)
            {
                diagnostics.Add(DiagnosticCatalog.OutputPathOutsideFolder, location, problem);
            }
            else if (OutputFolder.IsReservedName(relativePath))
            {
                diagnostics.Add(DiagnosticCatalog.DuplicateOutputPath, location,
                    $"Output path '{relativePath}' is taken by the output writer's own bookkeeping file.");
            }
            else if (byPath.TryGetValue(relativePath, out var first))
            {
                var writer = first.File.Template is { } template ? $"template '{template}'" : "another output";
                diagnostics.Add(DiagnosticCatalog.DuplicateOutputPath, location,
                    $"'{relativePath}' is also written by {writer}; each output needs a path of its own " +
                    "(a per-container template renders once per container: give each container its own output).",
                    new RelatedLocation(first.Location, $"'{relativePath}' is first written here"));
            }
            else
            {
                var target = new OutputTarget(file, relativePath, fullPath, location);
                byPath.Add(relativePath, target);
                targets.Add(target);
            }
        }

        ReportFilesUsedAsFolders(byPath, targets, diagnostics);
        return targets;
    }

    private static void ReportFilesUsedAsFolders(Dictionary<string, OutputTarget> byPath, List<OutputTarget> targets, DiagnosticBag diagnostics)
    {
        foreach (var target in targets)
        {
            for (var slash = target.RelativePath.IndexOf('/'); slash > 0; slash = target.RelativePath.IndexOf('/', slash + 1))
            {
                var folder = target.RelativePath[..slash];
                if (byPath.TryGetValue(folder, out var file))
                {
                    diagnostics.Add(DiagnosticCatalog.DuplicateOutputPath, target.Location,
                        $"'{folder}' would be both a generated file and the folder holding '{target.RelativePath}'.",
                        new RelatedLocation(file.Location, $"The output written to the file '{folder}'."));
                }
            }
        }
    }
}
