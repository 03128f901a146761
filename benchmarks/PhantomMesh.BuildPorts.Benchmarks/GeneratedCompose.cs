using System.Globalization;
using System.Text;

namespace PhantomMesh.BuildPorts.Benchmarks;

/// <summary>A Compose file of a given size, written as projects write them: image, environment, health check, two ports per service.</summary>
public static class GeneratedCompose
{
    public static string Create(int bytes)
    {
        var text = new StringBuilder("services:\n");
        for (var i = 0; text.Length < bytes; i++)
        {
            var port = 1024 + (i % 60_000);
            text.Append(CultureInfo.InvariantCulture, $"""
                  service-{i}:
                    image: "example/app-{i}:${"{"}TAG:-1.0{"}"}"
                    environment:
                      MODE: production
                    ports:
                      - "127.0.0.1:{port}:8080"
                      - target: 9000
                        published: "{port}"
                        protocol: udp
                    healthcheck:
                      test: ["CMD", "curl", "-f", "http://localhost:8080/health"]

                """);
        }

        return text.ToString();
    }
}
