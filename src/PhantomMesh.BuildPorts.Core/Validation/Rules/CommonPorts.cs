using PhantomMesh.BuildPorts.Spec;

namespace PhantomMesh.BuildPorts.Validation.Rules;

/// <summary>Ports and ranges that other software on a developer's or a server's host is likely to hold.</summary>
internal static class CommonPorts
{
    /// <summary>Ranges development servers and databases crowd (the design document's own list).</summary>
    public static IReadOnlyList<(PortRange Range, string Users)> CrowdedRanges { get; } =
    [
        (new PortRange(3000, 3500), "Grafana, Node.js and other development servers"),
        (new PortRange(5000, 5500), "Flask, Redis, Jupyter and other development servers"),
        (new PortRange(8000, 9200), "the common development range (HTTP alternates, Prometheus, Elasticsearch)"),
        (new PortRange(27017, 27019), "MongoDB"),
    ];

    /// <summary>Default ports of widely deployed services.</summary>
    public static IReadOnlyDictionary<int, string> WellKnown { get; } = new Dictionary<int, string>
    {
        [22] = "SSH",
        [25] = "SMTP",
        [53] = "DNS",
        [80] = "HTTP",
        [443] = "HTTPS",
        [1433] = "Microsoft SQL Server",
        [1521] = "Oracle Database",
        [2375] = "the Docker daemon",
        [2376] = "the Docker daemon (TLS)",
        [2379] = "etcd",
        [3306] = "MySQL",
        [5432] = "PostgreSQL",
        [5672] = "RabbitMQ",
        [6379] = "Redis",
        [6443] = "the Kubernetes API server",
        [8080] = "HTTP alternate",
        [8443] = "HTTPS alternate",
        [9090] = "Prometheus",
        [9092] = "Kafka",
        [9200] = "Elasticsearch",
        [10250] = "the kubelet",
        [11211] = "memcached",
        [15672] = "RabbitMQ management",
        [27017] = "MongoDB",
        [51820] = "WireGuard",
    };

    /// <summary>Linux's default net.ipv4.ip_local_port_range.</summary>
    public static PortRange LinuxEphemeral { get; } = new(32768, 60999);
}
