namespace PhantomMesh.BuildPorts.Iana;

/// <summary>
/// Where one entry of the snapshot text is, with the fields a lookup needs to find it: the
/// service name and description stay in the text until a lookup asks for them.
/// </summary>
internal readonly record struct IanaSnapshotLine(int FirstPort, int LastPort, int ProtocolSlot, int Start, int Length);
