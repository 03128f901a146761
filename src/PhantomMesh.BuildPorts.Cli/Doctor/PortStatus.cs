namespace PhantomMesh.BuildPorts.Cli.Doctor;

public enum PortState
{
    /// <summary>Nothing listens on it and a test bind succeeded.</summary>
    Free,

    /// <summary>Another socket listens on an overlapping address.</summary>
    Taken,

    /// <summary>Nothing listens, but the bind failed for another reason (privileges, an address this host does not have).</summary>
    CannotBind,

    /// <summary>The protocol cannot be probed here (SCTP).</summary>
    NotChecked,
}

public sealed record PortStatus(PortState State, string Detail);
