namespace PhantomMesh.BuildPorts.Output;

/// <summary>The manifest as found: its usable entries (normalised, inside the folder) and its bytes, null when there is none.</summary>
internal sealed record ManifestState(IReadOnlyList<string> Entries, byte[]? Bytes)
{
    public static ManifestState None { get; } = new([], null);
}
