using PhantomMesh.BuildPorts.Tests.Infrastructure;
using PhantomMesh.BuildPorts.Tests.Rendering.Generated;
using PhantomMesh.BuildPorts.Tests.Support;

namespace PhantomMesh.BuildPorts.Tests.Rendering;

/// <summary>The examples of docs/templates.md render what the page says, with PhantomMesh's spec.</summary>
public sealed class DocumentationExampleTests
{
    private static readonly string Page = File.ReadAllText(Path.Combine(RepoPaths.RepoRoot, "docs", "templates.md")).ReplaceLineEndings("\n");

    private const string RegionTemplate = """
        +++
        region = "expose"
        target = "Dockerfile.custom"
        +++
        {{- include "_functions.sbn" -}}
        {{- node = containers | array.filter @(do; ret $0.name == "phantom-node"; end) | array.first -}}
        {{ dockerfile_expose node }}{{ dockerfile_healthcheck node -}}
        """;

    private const string HandWritten = """
        FROM debian:12-slim
        COPY app /usr/local/bin/app
        # <phantom-gen:expose>
        # </phantom-gen:expose>
        CMD ["app"]

        """;

    private const string Filled = """
        FROM debian:12-slim
        COPY app /usr/local/bin/app
        # <phantom-gen:expose>
        # API Gateway (api, host 24511)
        EXPOSE 8080/tcp
        # Tunnel Management (tunnel-mgmt, host 24512)
        EXPOSE 8082/tcp
        # WireGuard VPN (wireguard, host 24510)
        EXPOSE 51820/udp
        HEALTHCHECK --interval=30s --timeout=5s --retries=3 CMD ["/bin/sh", "-c", "wg show wg0 latest-handshakes"]
        # </phantom-gen:expose>
        CMD ["app"]

        """;

    private const string EnvTemplate = """
        {{- include "_functions.sbn" -}}
        {{- func env_name(port)
          ret (port.container + "_" + port.name + "_PORT") | string.upcase | string.replace "-" "_" | string.replace "." "_"
        end -}}
        # {{ generated_notice }}
        {{- for port in sorted(ports, "container") }}
        {{ env_name port }}={{ port.host_port }}
        {{- end }}

        """;

    [Fact]
    public void Region_example_fills_only_the_marked_lines_of_the_dockerfile()
    {
        using var temp = new TempSpec();
        temp.Write("templates/custom-expose.sbn", RegionTemplate);
        temp.Write("out/Dockerfile.custom", HandWritten);

        var result = GeneratedOutput.RenderOnly(RepoPaths.PortsToml, Path.Combine(temp.Folder, "templates"), Path.Combine(temp.Folder, "out"));

        var file = Assert.Single(result.Files, f => f.RelativePath == "Dockerfile.custom");
        Assert.False(file.Owned);
        Assert.Equal(Filled, file.Content);
        Assert.Contains(RegionTemplate.TrimEnd(), Page, StringComparison.Ordinal);
        Assert.Contains(HandWritten.TrimEnd(), Page, StringComparison.Ordinal);
        Assert.Contains(Filled.TrimEnd(), Page, StringComparison.Ordinal);
    }

    [Fact]
    public void Dotenv_example_renders_the_listed_lines()
    {
        using var temp = new TempSpec();
        temp.Write("templates/ports.env.sbn", EnvTemplate);

        var result = GeneratedOutput.RenderOnly(RepoPaths.PortsToml, Path.Combine(temp.Folder, "templates"), Path.Combine(temp.Folder, "out"));

        var env = Assert.Single(result.Files, f => f.RelativePath == "ports.env").Content;
        Assert.Contains(EnvTemplate.TrimEnd(), Page, StringComparison.Ordinal);
        Assert.Contains("```sh\n" + env + "```", Page, StringComparison.Ordinal);
        Assert.Equal(1 + 13, env.TrimEnd('\n').Split('\n').Length);
    }
}
