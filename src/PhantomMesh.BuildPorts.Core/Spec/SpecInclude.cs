using PhantomMesh.BuildPorts.Diagnostics;

namespace PhantomMesh.BuildPorts.Spec;

public enum IncludeKind
{
    /// <summary>A plain path: another project's ports.toml, or a Compose file, told apart by content.</summary>
    Path,

    /// <summary><c>{ compose = [...] }</c>: Compose files of one project, merged in order as <c>-f a -f b</c> would.</summary>
    ComposeSet,
}

/// <summary>One entry of <c>includes</c>, with the paths as written (relative to the including file).</summary>
public sealed record SpecInclude(IncludeKind Kind, IReadOnlyList<Located<string>> Paths, IReadOnlyList<Located<string>> EnvFiles, SourceLocation Location)
{
    internal static SpecInclude OfPath(Located<string> path) => new(IncludeKind.Path, [path], [], path.Location);
}
