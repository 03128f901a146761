using Xunit;

namespace PhantomMesh.BuildPorts.Testing;

/// <summary>
/// Builds ports.toml text table by table, so that a test's spec states only what the test is about.
/// Each table ends with a newline; <see cref="Of"/> puts a blank line between tables, as a person would.
/// </summary>
public static class SpecText
{
    /// <summary>The image the test specs give a container that needs no other.</summary>
    public const string Image = "nginx:1.27";

    /// <summary>The host range of most test specs: room for the core group and for ports outside it.</summary>
    public const string HostRange = "24500-24599";

    /// <summary>The range of the group named core in the test specs.</summary>
    public const string CoreRange = "24510-24519";

    /// <summary>The tables, one blank line between each two.</summary>
    public static string Of(params string[] tables) => string.Join("\n", tables);

    /// <summary><c>[header]</c> and its lines.</summary>
    public static string Table(string header, params string[] lines) => $"[{header}]\n" + string.Concat(lines.Select(line => line + "\n"));

    /// <summary><c>[project]</c> with its name, then <paramref name="lines"/>.</summary>
    public static string Project(string name, params string[] lines) => Table("project", [$"name = \"{name}\"", .. lines]);

    /// <summary>A project in <see cref="HostRange"/> (on <paramref name="network"/> when given) with the group core over <see cref="CoreRange"/>.</summary>
    public static string CoreProject(string name, string? network = null)
        => Of(Project(name, [$"host_range = \"{HostRange}\"", .. network is null ? Array.Empty<string>() : [$"network = \"{network}\""]]), Group("core", CoreRange));

    public static string Group(string name, string range) => Table($"groups.{name}", $"range = \"{range}\"");

    /// <summary><c>[containers.NAME]</c> with its image and, when given, its service.</summary>
    public static string Container(string name, string? service = null, string image = Image)
        => Table($"containers.{name}", [$"image = \"{image}\"", .. service is null ? Array.Empty<string>() : [$"service = \"{service}\""]]);

    /// <summary><c>[containers.CONTAINER.ports.NAME]</c> with its host and container port, then <paramref name="lines"/>.</summary>
    public static string Port(string container, string name, int hostPort, int containerPort, params string[] lines)
        => Table($"containers.{container}.ports.{name}", [$"host_port = {hostPort}", $"container_port = {containerPort}", .. lines]);

    /// <summary>The line that puts a port in a group.</summary>
    public static string InGroup(string group = "core") => $"group = \"{group}\"";

    /// <summary>
    /// The 1-based line and column of <paramref name="target"/> inside the <paramref name="occurrence"/>-th
    /// <paramref name="needle"/> of <paramref name="text"/> (of the needle itself when no target is given);
    /// a negative occurrence counts from the end (-1 is the last).
    /// </summary>
    public static (int Line, int Column) PositionOf(string text, string needle, int occurrence = 1, string? target = null)
    {
        var starts = new List<int>();
        for (var index = text.IndexOf(needle, StringComparison.Ordinal); index >= 0; index = text.IndexOf(needle, index + 1, StringComparison.Ordinal))
        {
            starts.Add(index);
        }

        var which = occurrence > 0 ? occurrence - 1 : starts.Count + occurrence;
        Assert.True(which >= 0 && which < starts.Count, $"'{needle}' occurs {starts.Count} times, not at occurrence {occurrence}");
        var at = starts[which] + (target is null ? 0 : needle.IndexOf(target, StringComparison.Ordinal));
        var before = text[..at];
        return (before.Count(c => c == '\n') + 1, at - (before.LastIndexOf('\n') + 1) + 1);
    }
}
