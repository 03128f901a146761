namespace PhantomMesh.BuildPorts.Docker.Tests.Infrastructure;

/// <summary>Network namespaces, veth links and DOCKER-USER rules: root, ip and iptables.</summary>
public static class RootNetworking
{
    /// <summary>Fails (CI=true) or skips the calling test when one is missing.</summary>
    public static void Require()
    {
        HostRequirements.RequireRoot();
        ExternalTool.RequireTool("ip");
        ExternalTool.RequireTool("iptables");
    }
}
