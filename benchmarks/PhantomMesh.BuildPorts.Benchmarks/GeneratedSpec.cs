using System.Globalization;
using System.Text;

namespace PhantomMesh.BuildPorts.Benchmarks;

/// <summary>
/// Writes a valid spec of N ports with no collisions: ten ports a container, one group per
/// thousand ports, host ports counting up from 1024 on TCP and then again on UDP.
/// </summary>
public static class GeneratedSpec
{
    private const int FirstPort = 1024;
    private const int PortsPerProtocol = 64000;

    public static string Create(int portCount)
    {
        var text = new StringBuilder(portCount * 160);
        text.Append("[project]\nname = \"generated\"\nnetwork = \"generated-net\"\n\n");
        var groups = (Math.Min(portCount, PortsPerProtocol) + 999) / 1000;
        for (var g = 0; g < groups; g++)
        {
            var first = FirstPort + (g * 1000);
            var last = Math.Min(first + 999, FirstPort + PortsPerProtocol - 1);
            text.Append(CultureInfo.InvariantCulture, $"[groups.g{g}]\nrange = \"{first}-{last}\"\n\n");
        }

        for (var i = 0; i < portCount; i++)
        {
            if (i % 10 == 0)
            {
                text.Append(CultureInfo.InvariantCulture, $"[containers.c{i / 10}]\nimage = \"busybox:1.36\"\nservice = \"c{i / 10}\"\n\n");
            }

            var host = FirstPort + (i % PortsPerProtocol);
            var protocol = i < PortsPerProtocol ? "tcp" : "udp";
            text.Append(CultureInfo.InvariantCulture, $"""
                [containers.c{i / 10}.ports.p{i % 10}]
                host_port = {host}
                container_port = {8000 + (i % 10)}
                protocol = "{protocol}"
                group = "g{(host - FirstPort) / 1000}"
                purpose = "generated port {i}"
                health = {(protocol == "tcp" ? "{ http = \"/health\" }" : "{ command = \"true\" }")}


                """);
        }

        return text.ToString();
    }
}
