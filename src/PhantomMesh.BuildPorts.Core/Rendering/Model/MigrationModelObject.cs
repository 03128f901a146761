using PhantomMesh.BuildPorts.Queries;
using PhantomMesh.BuildPorts.Spec;

namespace PhantomMesh.BuildPorts.Rendering.Model;

/// <summary>The template view of one row of the migration table (<c>migration</c>): one a port.</summary>
internal sealed class MigrationModelObject(MigrationRow row) : ComputedModelObject
{
    private static readonly string[] MemberNames = ["title", "container", "old_port", "new_port", "container_port", "protocol", "changed"];

    protected override string[] Members => MemberNames;

    protected override object? Compute(string member) => member switch
    {
        "title" => row.Title,
        "container" => row.Container,
        "old_port" => BoxedPortNumber.Of(row.OldPort),
        "new_port" => BoxedPortNumber.Of(row.NewPort),
        "container_port" => BoxedPortNumber.Of(row.ContainerPort),
        "protocol" => row.Protocol.ToLowerName(),
        "changed" => row.Changed,
        _ => NotAMember,
    };
}
