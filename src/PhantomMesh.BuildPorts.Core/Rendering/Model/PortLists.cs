using Scriban.Runtime;

namespace PhantomMesh.BuildPorts.Rendering.Model;

/// <summary>
/// Lists of ports the built-in templates used to filter out of <c>ports</c> with a Scriban function per port
/// (<c>ports | array.filter @(do; ...; end)</c>), several times per render: here once, in host-port order, with the
/// tests those filters made, read from the port models themselves. docs/templates.md documents each.
/// </summary>
internal static class PortLists
{
    public static void AddTo(ScriptObject model, IReadOnlyList<ScriptObject> ports)
    {
        model["ungrouped_ports"] = Where(ports, p => p["group"] is null);
        model["restricted_ports"] = Where(ports, p => Exposure(p) == "restricted" && Published(p));
        model["internal_ports"] = Where(ports, p => Exposure(p) is "internal" or "unpublished");
        model["host_checked_ports"] = Where(ports, p => Health(p) == "http" && Published(p));
        model["container_checked_ports"] = Where(ports, p => Health(p) == "command" || (Health(p) == "http" && !Published(p)));
    }

    public static ScriptArray Published(IEnumerable<ScriptObject> ports) => Where(ports, Published);

    public static ScriptArray Unpublished(IEnumerable<ScriptObject> ports) => Where(ports, p => !Published(p));

    private static bool Published(ScriptObject port) => port["published"] is true;

    private static string? Exposure(ScriptObject port) => (port["exposure"] as ScriptObject)?["kind"] as string;

    private static string? Health(ScriptObject port) => (port["health"] as ScriptObject)?["kind"] as string;

    private static ScriptArray Where(IEnumerable<ScriptObject> ports, Func<ScriptObject, bool> test)
        => TemplateModelBuilder.Array(ports.Where(test));
}
