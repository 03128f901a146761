using System.Net.Sockets;
using System.Text;

namespace PhantomMesh.BuildPorts.Cli.Tests.Infrastructure;

/// <summary>
/// A stand-in for the Docker Engine API on a unix socket of the test's own: answers every request
/// with one canned HTTP response, or holds the connection without answering (a slow engine).
/// </summary>
public sealed class FakeDockerEngine : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly Socket _listener = new(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
    private readonly CancellationTokenSource _stop = new();
    private readonly List<Socket> _held = [];

    private FakeDockerEngine(int status, string body, bool silent)
    {
        SocketPath = Path.Combine(_folder.Path, "docker.sock");
        _listener.Bind(new UnixDomainSocketEndPoint(SocketPath));
        _listener.Listen(8);
        _ = Task.Run(() => ServeAsync(status, body, silent));
    }

    public string SocketPath { get; }

    /// <summary>DOCKER_HOST naming this engine, as the tool reads it.</summary>
    public Dictionary<string, string?> Environment => new() { ["DOCKER_HOST"] = "unix://" + SocketPath };

    public static FakeDockerEngine Answering(string containersJson) => new(200, containersJson, silent: false);

    public static FakeDockerEngine Failing(int status) => new(status, "{\"message\":\"engine trouble\"}", silent: false);

    public static FakeDockerEngine Silent() => new(200, "", silent: true);

    private async Task ServeAsync(int status, string body, bool silent)
    {
        while (!_stop.IsCancellationRequested)
        {
            Socket client;
            try
            {
                client = await _listener.AcceptAsync(_stop.Token);
            }
            catch (Exception exception) when (exception is OperationCanceledException or ObjectDisposedException or SocketException)
            {
                return;
            }

            if (silent)
            {
                lock (_held)
                {
                    _held.Add(client);
                }

                continue;
            }

            using (client)
            {
                await ReadRequestHeadAsync(client);
                var bytes = Encoding.UTF8.GetBytes(body);
                var head = $"HTTP/1.1 {status} {(status == 200 ? "OK" : "Error")}\r\nContent-Type: application/json\r\nContent-Length: {bytes.Length}\r\nConnection: close\r\n\r\n";
                await client.SendAsync(Encoding.ASCII.GetBytes(head).Concat(bytes).ToArray());
            }
        }
    }

    private async Task ReadRequestHeadAsync(Socket client)
    {
        var received = new StringBuilder();
        var buffer = new byte[4096];
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(_stop.Token);
        timeout.CancelAfter(TimeSpan.FromSeconds(10));
        while (!received.ToString().Contains("\r\n\r\n", StringComparison.Ordinal))
        {
            var count = await client.ReceiveAsync(buffer, SocketFlags.None, timeout.Token);
            if (count == 0)
            {
                return;
            }

            received.Append(Encoding.ASCII.GetString(buffer, 0, count));
        }
    }

    public void Dispose()
    {
        _stop.Cancel();
        _listener.Dispose();
        lock (_held)
        {
            _held.ForEach(s => s.Dispose());
        }

        _stop.Dispose();
        _folder.Dispose();
    }
}
