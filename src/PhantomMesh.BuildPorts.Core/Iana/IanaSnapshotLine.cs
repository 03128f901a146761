namespace PhantomMesh.BuildPorts.Iana;

/// <summary>
/// Where one entry of the snapshot's UTF-8 text is, with the fields a lookup needs to find it: the service name
/// and description stay in the text until a lookup asks for them.
/// </summary>
/// <param name="FirstPort">The first port of the entry.</param>
/// <param name="LastPort">The last port; equal to <paramref name="FirstPort"/> unless the entry is a range.</param>
/// <param name="ProtocolSlot">The protocol's index in <see cref="IanaProtocols.All"/>.</param>
/// <param name="Start">Where the line starts in the text, in bytes.</param>
/// <param name="Length">The line's length in bytes, without its line break.</param>
/// <param name="Ordinal">The entry's position among the snapshot's entries, which is file order.</param>
internal readonly record struct IanaSnapshotLine(int FirstPort, int LastPort, int ProtocolSlot, int Start, int Length, int Ordinal);
