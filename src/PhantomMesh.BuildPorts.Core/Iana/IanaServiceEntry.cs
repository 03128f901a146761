namespace PhantomMesh.BuildPorts.Iana;

/// <summary>One row of IANA's service name and port number registry.</summary>
/// <param name="ServiceName">The registered service name, e.g. <c>ssh</c>.</param>
/// <param name="FirstPort">The first port of the assignment.</param>
/// <param name="LastPort">The last port of the assignment; equal to <paramref name="FirstPort"/> unless it is a range.</param>
/// <param name="Protocol">The transport protocol, lower case: <c>tcp</c>, <c>udp</c> or <c>sctp</c>.</param>
/// <param name="Description">IANA's description, possibly shortened; may be empty.</param>
internal sealed record IanaServiceEntry(string ServiceName, int FirstPort, int LastPort, string Protocol, string Description);
