using System.Runtime.CompilerServices;
using System.Text;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace PhantomMesh.BuildPorts.Rendering.Functions;

/// <summary>
/// The container helpers of <c>_functions.sbn</c> (<c>pod_label</c>, <c>dockerfile_expose</c>,
/// <c>dockerfile_healthcheck</c>) in .NET, each linear in the container's ports (pod_label looked through every
/// service for every container in Scriban).
/// </summary>
internal static class ContainerFunctions
{
    private static readonly ScriptVariableGlobal Services = new("services");

    /// <summary>The service name each shared service selects its pods by, per list of services: built once, read by every call.</summary>
    private static readonly ConditionalWeakTable<object, Dictionary<string, object?>> SharedServices = new();

    /// <summary><c>pod_label container</c>: the service's name when containers share that service (one pod), else the container's name.</summary>
    public static object? PodLabel(TemplateContext context, object? container)
    {
        var services = ModelMembers.Global(context, Services) as IEnumerable<object?>
            ?? throw new ArgumentException("pod_label needs 'services' to be the list of services of the model.");
        if (ModelMembers.Get(container, "service", "pod_label", nameof(container)) is string service)
        {
            var shared = SharedServices.GetValue(services, BuildSharedServices);
            if (shared.TryGetValue(service, out var label))
            {
                return label;
            }
        }

        return ModelMembers.Get(container, "name", "pod_label", nameof(container));
    }

    /// <summary><c>dockerfile_expose container</c>: per container port, a comment naming the ports it serves and its EXPOSE line.</summary>
    public static string DockerfileExpose(TemplateContext context, object? container)
    {
        var titles = new Dictionary<(string Port, string Protocol), List<string>>();
        foreach (var port in Items(ModelMembers.Get(container, "ports", "dockerfile_expose", nameof(container)), "ports"))
        {
            var key = (ModelMembers.Text(context, ModelMembers.Get(port, "container_port", "dockerfile_expose", nameof(port))),
                ModelMembers.Text(context, ModelMembers.Get(port, "protocol", "dockerfile_expose", nameof(port))));
            if (!titles.TryGetValue(key, out var list))
            {
                titles[key] = list = [];
            }

            list.Add(SafeTextFunctions.OneLine(ModelMembers.Get(port, "title", "dockerfile_expose", nameof(port))) + " ("
                + ModelMembers.Text(context, ModelMembers.Get(port, "name", "dockerfile_expose", nameof(port))) + ", host "
                + ModelMembers.Text(context, ModelMembers.Get(port, "host_port", "dockerfile_expose", nameof(port))) + ")");
        }

        var lines = new StringBuilder();
        foreach (var exposed in Items(ModelMembers.Get(container, "exposed", "dockerfile_expose", nameof(container)), "exposed"))
        {
            var port = ModelMembers.Text(context, ModelMembers.Get(exposed, "port", "dockerfile_expose"));
            var protocol = ModelMembers.Text(context, ModelMembers.Get(exposed, "protocol", "dockerfile_expose"));
            var served = titles.TryGetValue((port, protocol), out var list) ? string.Join("; ", list) : string.Empty;
            lines.Append("# ").Append(served).Append("\nEXPOSE ").Append(port).Append('/').Append(protocol).Append('\n');
        }

        return lines.ToString();
    }

    /// <summary><c>dockerfile_healthcheck container</c>: the HEALTHCHECK line for the container's health port, or "".</summary>
    public static string DockerfileHealthcheck(TemplateContext context, object? container)
    {
        var command = PortFunctions.HealthCommand(context, ModelMembers.Get(container, "health_port", "dockerfile_healthcheck", nameof(container)));
        return command is null
            ? string.Empty
            : "HEALTHCHECK --interval=30s --timeout=5s --retries=3 CMD [\"/bin/sh\", \"-c\", " + SafeTextFunctions.JsonStr(command) + "]\n";
    }

    private static Dictionary<string, object?> BuildSharedServices(object services)
    {
        var shared = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var service in (IEnumerable<object?>)services)
        {
            if (ModelMembers.Get(service, "name", "pod_label") is string name
                && ModelMembers.Get(service, "containers", "pod_label") is ICollection<object?> { Count: > 1 })
            {
                shared.TryAdd(name, name);
            }
        }

        return shared;
    }

    private static IEnumerable<object?> Items(object? list, string member)
        => list as IEnumerable<object?> ?? throw new ArgumentException($"'{member}' must be a list of the model.");
}
