namespace PhantomMesh.BuildPorts.Docker.Tests.Infrastructure;

/// <summary>
/// The images the test stacks run, built offline from the host's Debian packages: a busybox web
/// server, a real Prometheus and a real node exporter. Each has /bin/sh and wget, which the
/// generated health checks run. Disposing removes them.
/// </summary>
public sealed class TestImages : IAsyncDisposable
{
    /// <summary>The container ports the web server image listens on; test specs map their ports onto these.</summary>
    public static readonly IReadOnlyList<int> WebPorts = [8000, 8001, 8080, 8081, 8082, 8083];

    /// <summary>The paths every web server port serves; /metrics is valid Prometheus text.</summary>
    public static readonly IReadOnlyList<string> WebPaths = ["/health", "/status", "/ready", "/metrics"];

    public const int PrometheusPort = 9090;

    public const int NodeExporterPort = 9100;

    private readonly List<string> _built = [];

    private TestImages(string runId)
    {
        RunId = runId;
        Web = $"phantom-gen-test-web:{runId}";
        // The repositories Prometheus and the node exporter are published under, so the built-in
        // compose template treats them as such (it mounts the generated configuration into prom/prometheus).
        Prometheus = $"prom/prometheus:phantom-gen-test-{runId}";
        NodeExporter = $"prom/node-exporter:phantom-gen-test-{runId}";
    }

    public string RunId { get; }

    public string Web { get; }

    public string Prometheus { get; }

    public string NodeExporter { get; }

    public static async Task<TestImages> BuildAsync(string runId)
    {
        var busybox = ExternalTool.RequireTool("busybox");
        var prometheus = ExternalTool.RequireTool("prometheus");
        var nodeExporter = ExternalTool.RequireTool("prometheus-node-exporter");

        var images = new TestImages(runId);
        try
        {
            await images.BuildAsync(images.Web, async root =>
            {
                await root.AddBusyboxAsync(busybox, "sh", "httpd", "wget");
                foreach (var path in WebPaths)
                {
                    root.AddFile("/www" + path, path == "/metrics" ? MetricsBody : "ok\n");
                }

                root.AddFile("/start.sh", StartScript, executable: true);
            }, ["/bin/sh", "/start.sh"]);

            await images.BuildAsync(images.Prometheus, async root =>
            {
                await root.AddBusyboxAsync(busybox, "sh", "wget");
                await root.AddProgramAsync(prometheus, "/bin/prometheus");
                root.AddFile("/etc/prometheus/prometheus.yml", "global:\n  scrape_interval: 15s\n");
                root.AddFolder("/prometheus");
            }, ["/bin/prometheus", "--config.file=/etc/prometheus/prometheus.yml", "--storage.tsdb.path=/prometheus"]);

            await images.BuildAsync(images.NodeExporter, async root =>
            {
                await root.AddBusyboxAsync(busybox, "sh", "wget");
                await root.AddProgramAsync(nodeExporter, "/bin/node_exporter");
            }, ["/bin/node_exporter", $"--web.listen-address=:{NodeExporterPort}"]);
        }
        catch
        {
            await images.DisposeAsync();
            throw;
        }

        return images;
    }

    public async ValueTask DisposeAsync()
    {
        await DockerEngine.RemoveImagesAsync(_built);
        _built.Clear();
        // An image a container still uses loses its tag but stays: say so rather than leave it.
        var left = await Leftovers.ImagesOfRunAsync(RunId);
        if (left.Count > 0)
        {
            throw new InvalidOperationException($"Images of run {RunId} are still there (is a container using them?): {string.Join(", ", left)}");
        }
    }

    private const string MetricsBody = """
        # HELP phantom_test_up Whether the test web server runs.
        # TYPE phantom_test_up gauge
        phantom_test_up 1

        """;

    // One busybox httpd per port; the last one stays in the foreground as the container's process.
    private static string StartScript =>
        "#!/bin/sh\n"
        + string.Concat(WebPorts.SkipLast(1).Select(port => $"httpd -p {port} -h /www\n"))
        + $"exec httpd -f -p {WebPorts[^1]} -h /www\n";

    private async Task BuildAsync(string tag, Func<RootFileSystem, Task> fill, IReadOnlyList<string> command)
    {
        _built.Add(tag); // before the build, so a half-made image is removed too
        await ScratchImage.BuildAsync(tag, RunId, fill, command);
    }
}
