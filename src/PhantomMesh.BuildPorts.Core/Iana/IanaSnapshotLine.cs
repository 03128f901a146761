namespace PhantomMesh.BuildPorts.Iana;

/// <summary>
/// Where one entry of the snapshot's UTF-8 text is (<paramref name="Start"/> and <paramref name="Length"/> in bytes),
/// with the fields a lookup needs to find it; <paramref name="Ordinal"/> is its position among the entries. The
/// service name and description stay in the text until a lookup asks for them.
/// </summary>
internal readonly record struct IanaSnapshotLine(int FirstPort, int LastPort, int ProtocolSlot, int Start, int Length, int Ordinal);
