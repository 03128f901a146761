namespace PhantomMesh.BuildPorts.Tasks.Tests.Infrastructure;

/// <summary>
/// A small valid ports.toml, the variants the tests turn it into (a collision, an IANA warning),
/// and two tiny templates, so that these tests depend on no built-in template.
/// </summary>
public static class SampleSpec
{
    /// <summary>Two containers, three ports: web's host port is the one the variants change.</summary>
    public static readonly string Valid = SpecText.Of(
        SpecText.CoreProject("demo"),
        SpecText.Container("one", service: "one"),
        SpecText.Port("one", "http", 24510, 8080, SpecText.InGroup()),
        SpecText.Port("one", "admin", 24512, 9090, SpecText.InGroup()),
        SpecText.Container("two", service: "two"),
        SpecText.Port("two", "web", 24520, 8080));

    private const string WebPort = "host_port = 24520";

    /// <summary>two.web takes one.http's host port: PM1201 at the second <c>host_port = 24510</c>.</summary>
    public static string Collision => Valid.Replace(WebPort, "host_port = 24510", StringComparison.Ordinal);

    /// <summary>two.web on 24554, registered with IANA for binkp: warning PM2001.</summary>
    public static string IanaWarning => Valid.Replace(WebPort, "host_port = 24554", StringComparison.Ordinal);

    /// <summary>The same ports with web moved to another free port: valid, and different generated files.</summary>
    public static string ValidMoved => Valid.Replace(WebPort, "host_port = 24521", StringComparison.Ordinal);

    /// <summary>
    /// <see cref="Valid"/> with environments: dev 100 ports up, prod with two.web on 24521, and k8s;
    /// ports.md of each lists its host ports.
    /// </summary>
    public static readonly string WithEnvironments = Valid + """
        [environments.dev]
        port_offset = 100

        [environments.prod.containers.two.ports.web]
        host_port = 24521

        [environments.k8s]
        kubernetes = true

        """;

    public const string DevPorts = "# Ports\n- 24610\n- 24612\n- 24620\n";

    public const string ProdPorts = "# Ports\n- 24510\n- 24512\n- 24521\n";

    /// <summary>1-based line and column of the value of the last <c>host_port = PORT</c> in <paramref name="spec"/>: where PM1201 and PM2001 point.</summary>
    public static (int Line, int Column) PositionOfLastHostPort(string spec, int port)
        => SpecText.PositionOf(spec.ReplaceLineEndings("\n"), $"host_port = {port}", occurrence: -1, target: port.ToString(System.Globalization.CultureInfo.InvariantCulture));

    public const string HelloTemplateName = "hello.txt.sbn";
    public const string HelloTemplate = "{{ project.name }} has {{ ports.size }} port(s)\n";
    public const string PortsTemplateName = "ports.md.sbn";
    public const string PortsTemplate = "# Ports\n{{ for p in ports }}- {{ p.host_port }}\n{{ end }}";

    /// <summary>What hello.txt holds for <see cref="Valid"/>.</summary>
    public const string HelloOutput = "demo has 3 port(s)\n";

    /// <summary>Writes ports.toml and templates/ (hello.txt.sbn, ports.md.sbn) into <paramref name="folder"/>; returns the spec's path.</summary>
    public static string WriteTo(string folder, string? spec = null)
    {
        spec ??= Valid;
        Directory.CreateDirectory(Path.Combine(folder, "templates"));
        File.WriteAllText(Path.Combine(folder, "templates", HelloTemplateName), HelloTemplate);
        File.WriteAllText(Path.Combine(folder, "templates", PortsTemplateName), PortsTemplate);
        var specPath = Path.Combine(folder, "ports.toml");
        File.WriteAllText(specPath, spec);
        return specPath;
    }
}
