using PhantomMesh.BuildPorts.Spec;

namespace PhantomMesh.BuildPorts.Rendering.Model;

/// <summary>The template view of one port a container's Dockerfile EXPOSEs (<c>container.exposed</c>).</summary>
internal sealed class ExposedPortModelObject(int port, Protocol protocol) : ComputedModelObject
{
    private static readonly string[] MemberNames = ["port", "protocol"];

    protected override string[] Members => MemberNames;

    protected override object? Compute(string member) => member switch
    {
        "port" => BoxedPortNumber.Of(port),
        "protocol" => protocol.ToLowerName(),
        _ => NotAMember,
    };
}
