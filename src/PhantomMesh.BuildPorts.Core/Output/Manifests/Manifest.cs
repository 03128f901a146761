namespace PhantomMesh.BuildPorts.Output.Manifests;

/// <summary>The manifest as found: its usable entries (normalised, inside the folder) and its bytes, null when there is none.</summary>
internal sealed record Manifest(IReadOnlyList<string> Entries, byte[]? Bytes)
{
    public static Manifest None { get; } = new([], null);
}
