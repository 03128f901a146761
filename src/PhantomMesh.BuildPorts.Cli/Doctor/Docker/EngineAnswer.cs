namespace PhantomMesh.BuildPorts.Cli.Doctor.Docker;

/// <summary>What the Docker engine said when asked for its running containers.</summary>
public sealed record EngineAnswer(IReadOnlyList<DockerContainer>? Containers, string? Note)
{
    public bool Reachable => Containers is not null;

    public static EngineAnswer Answered(IReadOnlyList<DockerContainer> containers) => new(containers, null);

    /// <summary>No list: <paramref name="note"/> says why and what doctor does instead.</summary>
    public static EngineAnswer NotReached(string note) => new(null, note);
}
