using PhantomMesh.BuildPorts.Spec;

namespace PhantomMesh.BuildPorts.Rendering.Model;

/// <summary>The template view of a port's health check (<c>port.health</c>).</summary>
internal sealed class HealthModelObject(HealthCheck health) : ComputedModelObject
{
    private static readonly string[] MemberNames = ["kind", "http_path", "command"];

    protected override string[] Members => MemberNames;

    protected override object? Compute(string member) => member switch
    {
        "kind" => health.Kind switch
        {
            HealthCheckKind.Http => "http",
            HealthCheckKind.Command => "command",
            _ => "none",
        },
        "http_path" => health.Kind == HealthCheckKind.Http ? health.Value : null,
        "command" => health.Kind == HealthCheckKind.Command ? health.Value : null,
        _ => NotAMember,
    };
}
