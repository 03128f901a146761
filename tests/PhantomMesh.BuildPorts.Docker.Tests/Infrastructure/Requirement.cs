using System.Diagnostics.CodeAnalysis;

namespace PhantomMesh.BuildPorts.Docker.Tests.Infrastructure;

/// <summary>
/// What a test needs from the machine (an engine, root). When it is missing the test fails under
/// CI=true, which must run every test, and is skipped otherwise; either way the message says why.
/// Tests calling this need [SkippableFact].
/// </summary>
public static class Requirement
{
    [DoesNotReturn]
    public static void Unmet(string what, string hint)
    {
        if (ExternalTool.IsCi())
        {
            Assert.Fail($"{what}, and CI=true requires it. {hint}");
        }

        throw new SkipException($"{what}. {hint}");
    }

    /// <summary>Network namespaces, veth pairs and DOCKER-USER rules need root and iproute2's ip.</summary>
    public static async Task RootWithIpAsync()
    {
        var id = await ExternalTool.RunAsync("id", ["-u"], TimeSpan.FromSeconds(10));
        if (!id.Succeeded || id.StdOut.Trim() != "0")
        {
            Unmet("This test makes network namespaces and firewall rules, which needs root", "Run the tests as root.");
        }

        Program("ip", "iproute2");
    }

    /// <summary>The path of <paramref name="program"/> on PATH; fails or skips the test when it is missing.</summary>
    public static string Program(string program, string debianPackage)
    {
        var path = ExternalTool.Find(program);
        if (path is null)
        {
            Unmet($"'{program}' is not on PATH", $"Install it: apt-get install --no-install-recommends {debianPackage}.");
        }

        return path;
    }
}
