using System.CommandLine;

namespace PhantomMesh.BuildPorts.Cli.Commands;

/// <summary>Options several commands share, meaning what the MSBuild properties of the same name mean.</summary>
internal static class CommonOptions
{
    public static Option<string?> Spec() => new("--spec")
    {
        Description = "The spec to read. Default: ports.toml in the current folder or the nearest folder above it.",
        HelpName = "PATH",
    };

    public static Option<string?> Templates() => new("--templates")
    {
        Description = "The project's templates folder. Default: templates/ beside the spec.",
        HelpName = "DIR",
    };

    public static Option<string?> Out() => new("--out")
    {
        Description = "Where generated files go. Default: artifacts/deploy/ beside the spec.",
        HelpName = "DIR",
    };

    public static Option<string?> Environment(string description) => new("--environment", "-e")
    {
        Description = description,
        HelpName = "NAME",
    };

    public static Option<bool> WarningsAsErrors() => new("--warnings-as-errors")
    {
        Description = "Treat every warning as an error (exit code 1).",
    };

    /// <summary>--format with the lower-case names of <typeparamref name="TFormat"/>'s values (matched case-insensitively).</summary>
    public static Option<string> Format<TFormat>(string description, TFormat defaultValue)
        where TFormat : struct, Enum
    {
        var option = new Option<string>("--format")
        {
            Description = description,
            DefaultValueFactory = _ => Name(defaultValue),
        };
        option.AcceptOnlyFromAmong(StringComparer.OrdinalIgnoreCase, [.. Enum.GetValues<TFormat>().Select(Name)]);
        return option;
    }

    public static TFormat ParseFormat<TFormat>(string? value, TFormat defaultValue)
        where TFormat : struct, Enum
        => value is null ? defaultValue : Enum.Parse<TFormat>(value, ignoreCase: true);

    private static string Name<TFormat>(TFormat value)
        where TFormat : struct, Enum
        => value.ToString().ToLowerInvariant();
}
