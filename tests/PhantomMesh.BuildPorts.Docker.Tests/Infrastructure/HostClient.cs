namespace PhantomMesh.BuildPorts.Docker.Tests.Infrastructure;

/// <summary>Requests from the host itself, to 127.0.0.1 only.</summary>
public static class HostClient
{
    private static readonly HttpClient Http = new() { Timeout = TimeSpan.FromSeconds(4) };

    /// <summary>Whether an HTTP GET of <paramref name="path"/> on 127.0.0.1:<paramref name="hostPort"/> gets a 2xx answer.</summary>
    public static async Task<bool> ReachesAsync(int hostPort, string path = "/health")
    {
        try
        {
            using var response = await Http.GetAsync($"http://127.0.0.1:{hostPort}{path}");
            return response.IsSuccessStatusCode;
        }
        catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException)
        {
            return false;
        }
    }
}
