using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using PhantomMesh.BuildPorts.Rendering.Functions;
using PhantomMesh.BuildPorts.Spec;

namespace PhantomMesh.BuildPorts.Import;

/// <summary>Writes an imported project as ports.toml text: sorted, one comment per container naming where it came from.</summary>
internal static partial class ImportedSpecWriter
{
    /// <param name="sourceName">A source file's name as the reader of the spec knows it (relative to the spec).</param>
    /// <param name="portsOnly">Write <c>outputs = "ports-only"</c>: the project keeps its own Compose file and Services.</param>
    /// <param name="composeFile">The project's own Compose file without ports, when the spec owns its ports alongside it.</param>
    public static string Write(ImportedProject project, IReadOnlyList<ImportedGroup> groups, Func<string, string> sourceName, bool portsOnly, string? composeFile)
    {
        var text = new StringBuilder();
        text.AppendLine("[project]");
        Key(text, "name", project.Name);
        if (project.Network is { } network)
        {
            Key(text, "network", network);
        }

        if (portsOnly)
        {
            Key(text, "outputs", "ports-only");
        }

        if (composeFile is not null)
        {
            Key(text, "compose_file", composeFile);
        }

        foreach (var group in groups)
        {
            text.AppendLine().AppendLine(CultureInfo.InvariantCulture, $"[groups.{TomlText.Key(group.Name)}]");
            Key(text, "title", group.Title);
            Key(text, "range", string.Create(CultureInfo.InvariantCulture, $"{group.First}-{group.Last}"));
        }

        foreach (var container in project.Containers)
        {
            text.AppendLine();
            text.AppendLine(CultureInfo.InvariantCulture, $"# {SafeTextFunctions.OneLine(sourceName(container.Source.File))}:{container.Source.Line}, service '{SafeTextFunctions.OneLine(container.Name)}'");
            text.AppendLine(CultureInfo.InvariantCulture, $"[containers.{TomlText.Key(container.Name)}]");
            OptionalKey(text, "image", container.Image);
            OptionalKey(text, "dockerfile", container.Dockerfile);
            OptionalKey(text, "service", container.Service);
            foreach (var port in container.Ports)
            {
                Port(text, container.Name, port);
            }
        }

        if (project.NotCarried.Count > 0)
        {
            text.AppendLine().AppendLine("# Not carried over from the Compose files:");
            foreach (var note in project.NotCarried)
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"# - {SafeTextFunctions.OneLine(note)}");
            }
        }

        return text.ToString();
    }

    private static void Port(StringBuilder text, string container, ImportedPort port)
    {
        text.AppendLine().AppendLine(CultureInfo.InvariantCulture, $"[containers.{TomlText.Key(container)}.ports.{TomlText.Key(port.Name)}]");
        OptionalKey(text, "host_ip", port.HostIp);
        var written = port.Written is { } w ? $"  # {string.Join(", ", VariableNames(w))}: the default of \"{SafeTextFunctions.OneLine(w)}\"" : string.Empty;
        text.AppendLine(CultureInfo.InvariantCulture, $"host_port = {port.HostPort}{written}");
        text.AppendLine(CultureInfo.InvariantCulture, $"container_port = {port.ContainerPort}");
        Key(text, "protocol", port.Protocol.ToLowerName());
        OptionalKey(text, "group", port.Group);
        Key(text, "title", port.Title);
        Key(text, "exposure", IsLoopback(port.HostIp) ? "internal" : "public");
        if (port.Health is { } health)
        {
            var kind = port.HealthKind == HealthCheckKind.Http ? "http" : "command";
            text.AppendLine(CultureInfo.InvariantCulture, $"health = {{ {kind} = {TomlText.Quote(health)} }}");
        }
    }

    private static IEnumerable<string> VariableNames(string written)
        => Variable().Matches(written).Select(m => "$" + m.Groups["name"].Value).Distinct(StringComparer.Ordinal);

    [GeneratedRegex(@"\$\{?(?<name>[A-Za-z_][A-Za-z0-9_]*)")]
    private static partial Regex Variable();

    private static bool IsLoopback(string? hostIp)
        => hostIp is not null && System.Net.IPAddress.TryParse(hostIp, out var address) && System.Net.IPAddress.IsLoopback(address);

    private static void OptionalKey(StringBuilder text, string key, string? value)
    {
        if (value is not null)
        {
            Key(text, key, value);
        }
    }

    private static void Key(StringBuilder text, string key, string value)
        => text.AppendLine(CultureInfo.InvariantCulture, $"{key} = {TomlText.Quote(value)}");
}
