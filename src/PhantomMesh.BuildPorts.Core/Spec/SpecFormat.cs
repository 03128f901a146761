namespace PhantomMesh.BuildPorts.Spec;

/// <summary>What a spec was read from.</summary>
public enum SpecFormat
{
    PortsToml,

    /// <summary>Another project's Compose file or files: services and their published ports, nothing else.</summary>
    Compose,
}
