namespace PhantomMesh.BuildPorts.Tests.Import;

/// <summary>Compose projects written the way real repositories write them; each a set of files in <c>-f</c> order.</summary>
public static class ImportFixtures
{
    public sealed record Project(string Name, IReadOnlyList<(string File, string Text)> Files)
    {
        public override string ToString() => Name;
    }

    public static readonly Project WordPress = new("wordpress", [("docker-compose.yml", """
        services:
          db:
            image: mariadb:11
            restart: always
            environment:
              MARIADB_ROOT_PASSWORD: example
            ports:
              - "127.0.0.1:3306:3306"
            healthcheck:
              test: ["CMD", "healthcheck.sh", "--connect", "--innodb_initialized"]
              interval: 10s
          wordpress:
            image: wordpress:6.6
            depends_on: [db]
            ports:
              - "8080:80"
            healthcheck:
              test: ["CMD", "curl", "-f", "http://localhost/wp-login.php"]
            volumes:
              - wp:/var/www/html
        volumes:
          wp: {}
        """)]);

    public static readonly Project ReverseProxy = new("reverse-proxy", [("compose.yaml", """
        services:
          traefik:
            image: traefik:v3.1
            command: ["--api.insecure=true", "--providers.docker"]
            ports:
              - "80:80"
              - "443:443"
              - "443:443/udp"
              - "127.0.0.1:8081:8080"
            networks: [proxy]
          whoami:
            image: traefik/whoami
            networks: [proxy]
        networks:
          proxy: {}
        """)]);

    public static readonly Project Udp = new("udp-services", [("docker-compose.yml", """
        services:
          wireguard:
            image: linuxserver/wireguard
            cap_add: [NET_ADMIN]
            ports:
              - "51820:51820/udp"
          dns:
            image: coredns/coredns:1.11
            ports:
              - "1053:53/udp"
              - "1053:53/tcp"
          syslog:
            image: balabit/syslog-ng
            ports:
              - "5514:514/udp"
        """)]);

    public static readonly Project HostIps = new("host-ips", [("docker-compose.yml", """
        services:
          redis:
            image: redis:7-alpine
            ports:
              - "127.0.0.1:6379:6379"
            healthcheck:
              test: ["CMD", "redis-cli", "ping"]
          admin:
            image: adminer
            ports:
              - "192.168.10.5:8088:8080"
          metrics:
            image: prom/node-exporter
            ports:
              - "0.0.0.0:9100:9100"
        """)]);

    public static readonly Project Ipv6 = new("ipv6", [("docker-compose.yml", """
        services:
          api:
            image: ghcr.io/example/api:2
            ports:
              - "[::1]:7000:7000"
              - "[::]:7001:7001"
              - "127.0.0.1:7002:7002"
        """)]);

    public static readonly Project Ranges = new("ranges", [("docker-compose.yml", """
        services:
          ftp:
            image: fauria/vsftpd
            ports:
              - "2121:21"
              - "21100-21105:21100-21105"
          rtp:
            image: example/media:1
            ports:
              - "40000-40003:40000-40003/udp"
        """)]);

    public static readonly Project Interpolation = new("interpolation", [("docker-compose.yml", """
        services:
          app:
            image: "ghcr.io/example/app:${APP_TAG:-latest}"
            ports:
              - "${APP_PORT:-3000}:3000"
              - "${BIND_ADDRESS:-127.0.0.1}:${DEBUG_PORT:-9229}:9229"
          postgres:
            image: postgres:16
            ports:
              - "${PG_HOST:-127.0.0.1}:${PG_PORT:-15432}:5432"
            healthcheck:
              test: ["CMD-SHELL", "pg_isready -U $${POSTGRES_USER:-postgres}"]
        """)]);

    public static readonly Project LongSyntax = new("long-syntax", [("docker-compose.yml", """
        services:
          grafana:
            image: grafana/grafana:11.2.0
            ports:
              - target: 3000
                published: 3300
                protocol: tcp
                mode: host
            healthcheck:
              test: ["CMD-SHELL", "wget -q --spider http://localhost:3000/api/health || exit 1"]
          loki:
            image: grafana/loki:3.1.0
            ports:
              - target: 3100
                published: "3101"
              - target: 7946
                published: 7946
                protocol: udp
        """)]);

    public static readonly Project Healthchecks = new("healthchecks", [("docker-compose.yml", """
        services:
          prometheus:
            image: prom/prometheus:v2.53.0
            ports:
              - "127.0.0.1:9090:9090"
            healthcheck:
              test: "wget -q -O - http://127.0.0.1:9090/-/healthy"
          keycloak:
            image: quay.io/keycloak/keycloak:25.0
            ports:
              - "8180:8080"
              - "127.0.0.1:9000:9000"
            healthcheck:
              test: ["CMD-SHELL", "exec 3<>/dev/tcp/127.0.0.1/9000"]
          mongo:
            image: mongo:7
            ports:
              - "127.0.0.1:27017:27017"
            healthcheck:
              test: echo 'db.runCommand("ping").ok' | mongosh localhost:27017/test --quiet
        """)]);

    public static readonly Project Merged = new("merged", [
        ("docker-compose.yml", """
            services:
              web:
                image: nginx:1.27
                ports:
                  - "8000:80"
              api:
                build: ./api
                ports:
                  - "127.0.0.1:5000:5000"
              cache:
                image: memcached:1.6
            """),
        ("docker-compose.override.yml", """
            services:
              web:
                ports:
                  - "8443:443"
              api:
                ports:
                  - "127.0.0.1:5678:5678"
              cache:
                ports:
                  - "127.0.0.1:11211:11211"
            """),
    ]);

    public static readonly Project Anchors = new("anchors", [("docker-compose.yml", """
        x-service: &service
          restart: unless-stopped
          logging:
            driver: json-file
        services:
          minio:
            <<: *service
            image: minio/minio
            command: server /data --console-address ":9001"
            ports: ['9002:9000', '9003:9001']
          mailpit:
            <<: *service
            image: axllent/mailpit
            ports:
              - 127.0.0.1:1025:1025
              - 127.0.0.1:8025:8025
          worker:
            <<: *service
            image: example/worker
            ports: ["9999"]
        """)]);

    public static readonly Project HostNetwork = new("host-network", [("docker-compose.yml", """
        services:
          homeassistant:
            image: ghcr.io/home-assistant/home-assistant:stable
            network_mode: host
          nodered:
            image: nodered/node-red:4.0
            ports:
              - "1880:1880"
        """)]);

    public static IEnumerable<object[]> All() =>
        new[] { WordPress, ReverseProxy, Udp, HostIps, Ipv6, Ranges, Interpolation, LongSyntax, Healthchecks, Merged, Anchors, HostNetwork }.Select(p => new object[] { p });
}
