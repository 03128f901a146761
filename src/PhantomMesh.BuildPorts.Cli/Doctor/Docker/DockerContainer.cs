using System.Text.Json.Serialization;

namespace PhantomMesh.BuildPorts.Cli.Doctor.Docker;

/// <summary>One entry of the Engine API's <c>GET /containers/json</c>: only what doctor reads.</summary>
public sealed record DockerContainer(
    [property: JsonPropertyName("Id")] string Id,
    [property: JsonPropertyName("Names")] IReadOnlyList<string>? Names,
    [property: JsonPropertyName("Ports")] IReadOnlyList<DockerPublishedPort>? Ports,
    [property: JsonPropertyName("Labels")] IReadOnlyDictionary<string, string>? Labels)
{
    /// <summary>The container's name without the API's leading slash.</summary>
    public string Name => Names is [var first, ..] ? first.TrimStart('/') : Id[..Math.Min(12, Id.Length)];

    public string? ComposeProject => Label("com.docker.compose.project");

    public string? ComposeService => Label("com.docker.compose.service");

    private string? Label(string key) => Labels is not null && Labels.TryGetValue(key, out var value) ? value : null;
}

/// <summary>A port of a container; <see cref="PublicPort"/> is absent when it is only exposed, not published.</summary>
public sealed record DockerPublishedPort(
    [property: JsonPropertyName("IP")] string? IP,
    [property: JsonPropertyName("PrivatePort")] int PrivatePort,
    [property: JsonPropertyName("PublicPort")] int? PublicPort,
    [property: JsonPropertyName("Type")] string? Type);

/// <summary>Source-generated JSON reading, so no reflection is needed (and the tool can go Native AOT).</summary>
[JsonSerializable(typeof(List<DockerContainer>))]
internal sealed partial class DockerJson : JsonSerializerContext;
