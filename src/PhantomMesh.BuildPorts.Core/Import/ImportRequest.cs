namespace PhantomMesh.BuildPorts.Import;

/// <summary>What to import and what to write: full paths.</summary>
/// <param name="ComposeFiles">The project's Compose files, in the order <c>docker compose -f</c> takes them.</param>
/// <param name="KubernetesManifests">Manifests whose <c>kind: Service</c> documents name the containers' Services.</param>
/// <param name="SpecPath">Where the spec goes.</param>
/// <param name="Split">Also write each Compose file without its ports, and make the spec own only the ports.</param>
/// <param name="InPlace">With <see cref="Split"/>: rewrite the Compose files themselves instead of writing files beside them.</param>
public sealed record ImportRequest(
    IReadOnlyList<string> ComposeFiles,
    IReadOnlyList<string> KubernetesManifests,
    string SpecPath,
    GroupInference Groups = GroupInference.None,
    bool Split = false,
    bool InPlace = false);

/// <summary>The files an import writes, in order (the spec last), and what the spec could not carry.</summary>
public sealed record ImportPlan(IReadOnlyList<(string Path, string Text)> Files, IReadOnlyList<string> NotCarried);
