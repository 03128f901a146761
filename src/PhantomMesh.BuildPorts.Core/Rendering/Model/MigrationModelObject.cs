using PhantomMesh.BuildPorts.Queries;
using PhantomMesh.BuildPorts.Spec;

namespace PhantomMesh.BuildPorts.Rendering.Model;

/// <summary>The template view of one row of the migration table (<c>migration</c>): one a port.</summary>
internal sealed class MigrationModelObject(MigrationRow row) : ComputedModelObject
{
    private static readonly string[] MemberNames = ["title", "container", "old_port", "new_port", "container_port", "protocol", "protocol_upper", "changed"];

    protected override string[] Members => MemberNames;

    protected override object? Compute(string member) => member switch
    {
        "title" => row.Title,
        "container" => row.Container,
        "old_port" => BoxedPortNumber.Of(row.OldPort),
        "new_port" => BoxedPortNumber.Of(row.NewPort),
        "container_port" => BoxedPortNumber.Of(row.ContainerPort),
        "protocol" => row.Protocol.ToLowerName(),
        "protocol_upper" => row.Protocol.ToUpperName(),
        "changed" => row.Changed,
        _ => NotAMember,
    };
}
