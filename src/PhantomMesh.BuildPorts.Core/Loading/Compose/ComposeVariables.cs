namespace PhantomMesh.BuildPorts.Loading.Compose;

/// <summary>
/// The values Compose substitutes: the environment first, then the project's env files (the
/// <c>.env</c> beside the first Compose file unless the include names others; a later file wins).
/// </summary>
internal sealed class ComposeVariables(Func<string, string?> environment, IReadOnlyList<DotEnvFile> envFiles, string envFileHint)
{
    /// <summary>Where a reader could set a variable, for messages: the env file's path.</summary>
    public string EnvFileHint { get; } = envFileHint;

    public string? Lookup(string name)
    {
        if (environment(name) is { } value)
        {
            return value;
        }

        for (var i = envFiles.Count - 1; i >= 0; i--)
        {
            if (envFiles[i].Values.TryGetValue(name, out var fromFile))
            {
                return fromFile;
            }
        }

        return null;
    }
}
