using PhantomMesh.BuildPorts.Diagnostics;

namespace PhantomMesh.BuildPorts.Spec;

/// <summary>The <c>[project]</c> table.</summary>
public sealed record ProjectSettings(
    Located<string> Name,
    Located<PortRange>? HostRange,
    Located<string>? Network,
    SourceLocation Location)
{
    public OutputSet Outputs { get; init; } = OutputSet.Full;

    /// <summary>The project's own Compose file, relative to the spec, whose ports the spec owns (<c>compose_file</c>).</summary>
    public Located<string>? ComposeFile { get; init; }
}
