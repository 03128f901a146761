using System.Globalization;
using System.Text;

namespace PhantomMesh.BuildPorts.Tests.Rendering.Generated;

/// <summary>
/// A valid spec whose free text (project name, titles, purposes, image, health commands, URL
/// paths) holds quotes, newlines, colons, '#', '|', backslashes, a command substitution, '${HOME}',
/// backticks and '{{ 7*7 }}', each exactly where the spec allows it. The values are properties so a
/// test can look for them, unchanged, in what a consumer reads back. <paramref name="substitution"/>
/// is the command inside '$( )' and backticks: <see cref="Destructive"/> for files that are only
/// parsed, <see cref="Canary"/> for files a test runs (a leak creates <see cref="CanaryFile"/>).
/// </summary>
public sealed class HostileSpec(string substitution)
{
    public const string Destructive = "rm -rf /";
    public const string CanaryFile = "PWNED";
    public const string Canary = "touch " + CanaryFile;
    public const string Mustache = "{{ 7*7 }}";

    public string Dollar => "$(" + substitution + ")";

    public string Backticks => "`" + substitution + "`";

    /// <summary>The usual suspects in one line.</summary>
    public string Mix => $"\"dq\" 'sq' {Dollar} ${{HOME}} {Backticks} {Mustache} # : |";

    public string ProjectName => "Evil Mesh " + Mix + " \\ -- -->";

    public string CoreGroupTitle => "Core " + Mix;

    public string MonitoringGroupTitle => "Mon: #1 " + Mix;

    public string ReservedTitle => "Later " + Mix;

    public string ReservedPurpose => "Keep\nfree: " + Mix;

    public string Image => "registry.example:5000/team/app:1.0 " + Mix;

    public string HttpTitle => "Title " + Mix + "\nsecond line \\ end\\";

    public string HttpPurpose => "Purpose " + Mix + "\nline 2 <b>&amp;</b>";

    /// <summary>A URL path may not hold spaces: ${IFS} stands in for them.</summary>
    public string HttpPath => "/health?q=\"x\"&s='y'&c=" + Spaceless(Dollar) + "&h=${HOME}&b=" + Spaceless(Backticks) + "&t={{7*7}}#:";

    public string WebPath => "/ok;" + Spaceless(Dollar);

    public string MetricsPath => "/metrics?x=" + Spaceless(Dollar) + "&y=${HOME}&t={{7*7}}#\"'";

    public string AdminTitle => "Admin: 'x' \"y\" " + Dollar;

    public string AdminCommand => "test \"$(id -u)\" = 0 || echo '${HOME}' " + Backticks + " " + Mustache + " #";

    public string WebTitle => "Web " + Mix;

    public string TunnelTitle => "UDP " + Mix;

    /// <summary>Ends in a backslash, which would continue a Dockerfile line.</summary>
    public string TunnelCommand => "printf '%s\\n' \"" + Dollar + "\" ${HOME} " + Backticks + " " + Mustache + " # : \\";

    public string PrometheusTitle => "Prometheus " + Mix;

    public string LokiTitle => "Loki\n" + Mix;

    public string Toml => $"""
        [project]
        name = {T(ProjectName)}
        host_range = "24500-24599"
        network = "null"

        [groups.core]
        title = {T(CoreGroupTitle)}
        range = "24510-24519"

        [groups.monitoring]
        title = {T(MonitoringGroupTitle)}
        range = "24540-24547"

        [reserved.later]
        port = 24570
        title = {T(ReservedTitle)}
        purpose = {T(ReservedPurpose)}

        [containers.yes]
        image = {T(Image)}
        service = "evil-app"

        [containers.yes.ports.http]
        host_port = 24510
        container_port = 8080
        group = "core"
        title = {T(HttpTitle)}
        purpose = {T(HttpPurpose)}
        exposure = "public"
        metrics_path = {T(MetricsPath)}
        health = {"{"} http = {T(HttpPath)} {"}"}

        [containers.yes.ports.admin]
        host_port = 24511
        container_port = 8081
        host_ip = "127.0.0.1"
        group = "core"
        title = {T(AdminTitle)}
        exposure = {"{"} allow_from = ["10.0.0.0/8"] {"}"}
        health = {"{"} command = {T(AdminCommand)} {"}"}

        [containers.built]
        dockerfile = "Dockerfile.built"
        service = "built"

        [containers.built.ports.web]
        host_port = 24512
        container_port = 8080
        group = "core"
        title = {T(WebTitle)}
        exposure = {"{"} allow_from = ["10.0.0.0/8", "fd00::/8"] {"}"}
        health = {"{"} http = {T(WebPath)} {"}"}

        [containers.cmd]
        dockerfile = "Dockerfile.cmd"
        service = "cmd"

        [containers.cmd.ports.tunnel]
        host_port = 24513
        container_port = 51820
        protocol = "udp"
        group = "core"
        title = {T(TunnelTitle)}
        exposure = "public"
        health = {"{"} command = {T(TunnelCommand)} {"}"}

        [containers.prom]
        image = "prom/prometheus:v2.53.0"

        [containers.prom.ports.http]
        host_port = 24540
        container_port = 9090
        group = "monitoring"
        title = {T(PrometheusTitle)}
        metrics_path = "/metrics"
        health = {"{"} http = "/-/healthy" {"}"}

        [containers.logs]
        image = "docker.io/grafana/loki:3.1.0"

        [containers.logs.ports.http]
        host_port = 24541
        container_port = 3100
        group = "monitoring"
        title = {T(LokiTitle)}
        health = {"{"} http = "/ready" {"}"}

        """;

    private static string Spaceless(string text) => text.Replace(" ", "${IFS}", StringComparison.Ordinal);

    /// <summary>A TOML basic string holding exactly <paramref name="value"/>.</summary>
    public static string T(string value)
    {
        var builder = new StringBuilder("\"");
        foreach (var c in value)
        {
            builder.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\n' => "\\n",
                '\t' => "\\t",
                _ when char.IsControl(c) => "\\u" + ((int)c).ToString("X4", CultureInfo.InvariantCulture),
                _ => c.ToString(),
            });
        }

        return builder.Append('"').ToString();
    }
}
