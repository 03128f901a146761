using Xunit;

namespace PhantomMesh.BuildPorts.Testing;

/// <summary>
/// What a test needs of the machine beyond a tool: root, for network namespaces and firewall rules.
/// Like <see cref="ExternalTool.RequireTool(string)"/>: skipped locally when missing, a failure under CI=true.
/// </summary>
public static class HostRequirements
{
    public static void RequireRoot()
    {
        if (Environment.UserName == "root")
        {
            return;
        }

        const string message = "This test changes network namespaces and firewall rules, which needs root.";
        if (ExternalTool.IsCi())
        {
            Assert.Fail(message + " CI=true requires it: run the tests as root.");
        }

        throw new SkipException(message + " Run the tests as root to include it.");
    }
}
