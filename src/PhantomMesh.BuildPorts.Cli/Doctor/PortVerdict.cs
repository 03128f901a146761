using PhantomMesh.BuildPorts.Cli.Doctor.Docker;

namespace PhantomMesh.BuildPorts.Cli.Doctor;

public enum PortVerdictKind
{
    /// <summary>Nothing holds it.</summary>
    Free,

    /// <summary>A container of this spec already publishes it with the spec's mapping: deployed, not a conflict.</summary>
    Ours,

    /// <summary>Another container (of another compose project, or none) publishes it: a conflict.</summary>
    HeldByContainer,

    /// <summary>A process that is not a Docker-published container holds it: a conflict.</summary>
    HeldByProcess,

    /// <summary>Nothing listens, but the bind failed for another reason (privileges, an address this host does not have).</summary>
    CannotBind,

    /// <summary>The protocol cannot be probed here (SCTP) and no container publishes it.</summary>
    NotChecked,
}

/// <summary>doctor's answer for one host port, at this moment.</summary>
public sealed record PortVerdict(PortVerdictKind Kind, string Detail, DockerContainer? Container = null, string? Process = null)
{
    public bool IsConflict => Kind is PortVerdictKind.HeldByContainer or PortVerdictKind.HeldByProcess;

    /// <summary>The word of the State column.</summary>
    public string State => Kind switch
    {
        PortVerdictKind.Free => "free",
        PortVerdictKind.Ours => "ours",
        PortVerdictKind.HeldByContainer => "TAKEN",
        PortVerdictKind.HeldByProcess => "TAKEN",
        PortVerdictKind.CannotBind => "cannot bind",
        _ => "not checked",
    };

    /// <summary>The JSON "state": free, ours, taken, cannot-bind or not-checked.</summary>
    public string JsonState => Kind switch
    {
        PortVerdictKind.Free => "free",
        PortVerdictKind.Ours => "ours",
        PortVerdictKind.HeldByContainer or PortVerdictKind.HeldByProcess => "taken",
        PortVerdictKind.CannotBind => "cannot-bind",
        _ => "not-checked",
    };

    /// <summary>Who holds the port, for JSON: "container", "process" or null.</summary>
    public string? Holder => Kind switch
    {
        PortVerdictKind.HeldByContainer or PortVerdictKind.Ours => "container",
        PortVerdictKind.HeldByProcess => "process",
        _ => null,
    };
}
