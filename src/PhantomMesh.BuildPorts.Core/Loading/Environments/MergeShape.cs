namespace PhantomMesh.BuildPorts.Loading.Environments;

/// <summary>
/// How an environment's table merges over the base's table of the same place. Tables merge key by
/// key unless a key is listed in <see cref="Whole"/>; any other value (an array, a string, a
/// table over a non-table) replaces the base's.
/// </summary>
internal sealed record MergeShape
{
    public static MergeShape ByKey { get; } = new();

    /// <summary>Keys whose value replaces the base's as a whole, even when both are tables (<c>health</c>, <c>exposure</c>).</summary>
    public IReadOnlyList<string> Whole { get; init; } = [];

    /// <summary>Keys holding one table per name (<c>containers</c>, <c>ports</c>, ...).</summary>
    public IReadOnlyDictionary<string, NamedTables> Named { get; init; } = new Dictionary<string, NamedTables>();

    /// <summary>Keys of which a table holds only one: an environment setting one drops the base's other.</summary>
    public IReadOnlyList<string> OneOf { get; init; } = [];
}

/// <summary>
/// A table of named tables. <paramref name="MayAdd"/> says whether an environment may name one the
/// base lacks (a group of its own) or not (a container or port: a misspelt name would silently add one).
/// </summary>
internal sealed record NamedTables(MergeShape Shape, bool MayAdd, string What);

/// <summary>The merge shape of a ports.toml.</summary>
internal static class SpecMergeShape
{
    private static readonly MergeShape Port = new() { Whole = ["health", "exposure"] };

    private static readonly MergeShape Container = new()
    {
        OneOf = ["image", "dockerfile"],
        Named = new Dictionary<string, NamedTables> { ["ports"] = new(Port, MayAdd: false, "port") },
    };

    public static MergeShape Root { get; } = new()
    {
        Named = new Dictionary<string, NamedTables>
        {
            ["groups"] = new(MergeShape.ByKey, MayAdd: true, "group"),
            ["reserved"] = new(new MergeShape { OneOf = ["port", "range"] }, MayAdd: true, "reservation"),
            ["containers"] = new(Container, MayAdd: false, "container"),
        },
    };
}
