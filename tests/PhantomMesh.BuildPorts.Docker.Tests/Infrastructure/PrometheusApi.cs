using System.Text.Json;

namespace PhantomMesh.BuildPorts.Docker.Tests.Infrastructure;

/// <summary>The HTTP API of a Prometheus server the test runs, through its published host port.</summary>
public sealed class PrometheusApi(int hostPort) : IDisposable
{
    private readonly HttpClient _http = new()
    {
        BaseAddress = new Uri($"http://127.0.0.1:{hostPort}"),
        Timeout = TimeSpan.FromSeconds(5),
    };

    /// <summary>The value of <c>up</c> per job; empty while Prometheus does not answer yet.</summary>
    public async Task<IReadOnlyDictionary<string, string>> UpByJobAsync()
    {
        using var answer = await GetAsync("/api/v1/query?query=up");
        if (answer is null)
        {
            return new Dictionary<string, string>();
        }

        return answer.RootElement.GetProperty("data").GetProperty("result").EnumerateArray()
            .ToDictionary(
                sample => sample.GetProperty("metric").GetProperty("job").GetString()!,
                sample => sample.GetProperty("value")[1].GetString()!);
    }

    /// <summary>Every alert that is pending or firing, as (its labels, its state).</summary>
    public async Task<IReadOnlyList<(IReadOnlyDictionary<string, string> Labels, string State)>> AlertsAsync()
    {
        using var answer = await GetAsync("/api/v1/alerts");
        if (answer is null)
        {
            return [];
        }

        return [.. answer.RootElement.GetProperty("data").GetProperty("alerts").EnumerateArray()
            .Select(alert => (
                (IReadOnlyDictionary<string, string>)alert.GetProperty("labels").EnumerateObject()
                    .ToDictionary(label => label.Name, label => label.Value.GetString() ?? ""),
                alert.GetProperty("state").GetString() ?? ""))];
    }

    public void Dispose() => _http.Dispose();

    /// <summary>The JSON answer, or null when Prometheus is not (yet) answering.</summary>
    private async Task<JsonDocument?> GetAsync(string path)
    {
        try
        {
            using var response = await _http.GetAsync(path);
            if (!response.IsSuccessStatusCode)
            {
                return null;
            }

            return JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        }
        catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException)
        {
            return null;
        }
    }
}
