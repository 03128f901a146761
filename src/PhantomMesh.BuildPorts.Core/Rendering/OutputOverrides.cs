using PhantomMesh.BuildPorts.Output;

namespace PhantomMesh.BuildPorts.Rendering;

/// <summary>
/// A project template that writes the same file as a built-in one replaces it. Two project templates on one path are
/// both kept: the output writer's path check reports them (PM3005), the one place such collisions are found.
/// </summary>
internal static class OutputOverrides
{
    public static IEnumerable<GeneratedFile> Resolve(IReadOnlyList<(GeneratedFile File, TemplateSource Template)> outputs)
        => outputs
            .GroupBy(o => o.File.RelativePath, StringComparer.Ordinal)
            .SelectMany(byPath => byPath.Any(o => !o.Template.IsBuiltIn) ? byPath.Where(o => !o.Template.IsBuiltIn) : byPath)
            .Select(o => o.File);
}
