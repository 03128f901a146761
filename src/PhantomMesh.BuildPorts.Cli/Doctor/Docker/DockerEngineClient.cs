using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json;

namespace PhantomMesh.BuildPorts.Cli.Doctor.Docker;

/// <summary>
/// Reads the running containers from the Docker Engine API over its unix socket with a plain
/// HttpClient: no Docker client library, and no reflection (source-generated JSON).
/// </summary>
public sealed class DockerEngineClient(string socketPath, TimeSpan timeout)
{
    private const string ApiPath = "/containers/json";

    public async Task<EngineAnswer> ListRunningContainersAsync()
    {
        if (!File.Exists(socketPath))
        {
            return EngineAnswer.NotReached($"no Docker engine: {socketPath} does not exist; ports were checked by binding them only");
        }

        using var handler = new SocketsHttpHandler { ConnectCallback = ConnectAsync, ConnectTimeout = timeout };
        using var client = new HttpClient(handler) { Timeout = timeout, BaseAddress = new Uri("http://docker") };
        try
        {
            using var response = await client.GetAsync(ApiPath);
            if (!response.IsSuccessStatusCode)
            {
                return EngineAnswer.NotReached($"the Docker engine at {socketPath} answered {(int)response.StatusCode} {response.ReasonPhrase} to GET {ApiPath}; ports were checked by binding them only");
            }

            var containers = await response.Content.ReadFromJsonAsync(DockerJson.Default.ListDockerContainer);
            return EngineAnswer.Answered(containers ?? []);
        }
        catch (HttpRequestException exception) when (FindSocketError(exception) is SocketError.AccessDenied)
        {
            return EngineAnswer.NotReached(
                $"permission denied on the Docker socket {socketPath}: add your user to the 'docker' group (sudo usermod -aG docker $USER, then log in again) or run doctor with sudo; ports were checked by binding them only");
        }
        catch (HttpRequestException exception)
        {
            return EngineAnswer.NotReached($"the Docker engine at {socketPath} did not answer ({FindSocketError(exception)?.ToString() ?? exception.Message}); ports were checked by binding them only");
        }
        catch (TaskCanceledException)
        {
            return EngineAnswer.NotReached($"the Docker engine at {socketPath} did not answer within {timeout.TotalSeconds:0.#} s; ports were checked by binding them only");
        }
        catch (JsonException exception)
        {
            return EngineAnswer.NotReached($"the Docker engine at {socketPath} sent a container list doctor cannot read ({exception.Message}); ports were checked by binding them only");
        }
    }

    private async ValueTask<Stream> ConnectAsync(SocketsHttpConnectionContext context, CancellationToken cancellation)
    {
        var socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
        try
        {
            await socket.ConnectAsync(new UnixDomainSocketEndPoint(socketPath), cancellation);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }

    private static SocketError? FindSocketError(Exception exception)
    {
        for (Exception? current = exception; current is not null; current = current.InnerException)
        {
            if (current is SocketException socket)
            {
                return socket.SocketErrorCode;
            }
        }

        return null;
    }
}
