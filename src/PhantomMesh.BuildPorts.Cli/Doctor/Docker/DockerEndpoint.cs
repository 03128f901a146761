namespace PhantomMesh.BuildPorts.Cli.Doctor.Docker;

/// <summary>Where the Docker Engine API answers: the unix socket named by DOCKER_HOST, else the default one.</summary>
public static class DockerEndpoint
{
    public const string DefaultSocket = "/var/run/docker.sock";

    /// <summary>
    /// The socket path to use, or null with the reason when DOCKER_HOST names something doctor does
    /// not speak (tcp://, ssh://). Podman's Docker-compatible socket is a unix socket too.
    /// </summary>
    public static (string? SocketPath, string? Unsupported) Resolve(string? dockerHost)
    {
        if (string.IsNullOrWhiteSpace(dockerHost))
        {
            return (DefaultSocket, null);
        }

        const string unix = "unix://";
        if (dockerHost.StartsWith(unix, StringComparison.Ordinal) && dockerHost.Length > unix.Length)
        {
            return (dockerHost[unix.Length..], null);
        }

        return (null, $"DOCKER_HOST={dockerHost} is not a unix socket (unix:///path); doctor reads the Docker Engine API over a unix socket only");
    }
}
