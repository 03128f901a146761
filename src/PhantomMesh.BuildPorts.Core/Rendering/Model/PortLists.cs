using PhantomMesh.BuildPorts.Rendering.Functions;
using Scriban.Runtime;

namespace PhantomMesh.BuildPorts.Rendering.Model;

/// <summary>
/// Lists of ports the built-in templates used to filter out of <c>ports</c> with a Scriban function per port
/// (<c>ports | array.filter @(do; ...; end)</c>), several times per render: here once, in host-port order, with the
/// tests those filters made, read from the port models themselves. docs/templates.md documents each.
/// </summary>
internal static class PortLists
{
    public static void AddTo(ScriptObject model, IReadOnlyList<PortModelObject> ports)
    {
        model["ungrouped_ports"] = Where(ports, p => Read(p, "group") is null);
        model["restricted_ports"] = Where(ports, p => Exposure(p) == "restricted" && Published(p));
        model["internal_ports"] = Where(ports, p => Exposure(p) is "internal" or "unpublished");
        model["host_checked_ports"] = Where(ports, p => Health(p) == "http" && Published(p));
        model["container_checked_ports"] = Where(ports, p => Health(p) == "command" || (Health(p) == "http" && !Published(p)));
    }

    public static ScriptArray Published(IEnumerable<PortModelObject> ports) => Where(ports, Published);

    public static ScriptArray Unpublished(IEnumerable<PortModelObject> ports) => Where(ports, p => !Published(p));

    private static bool Published(PortModelObject port) => Read(port, "published") is true;

    private static string? Exposure(PortModelObject port) => Read(Read(port, "exposure"), "kind") as string;

    private static string? Health(PortModelObject port) => Read(Read(port, "health"), "kind") as string;

    private static object? Read(object? target, string member) => ModelMembers.TryRead(target, member, out var value) ? value : null;

    private static ScriptArray Where(IEnumerable<PortModelObject> ports, Func<PortModelObject, bool> test)
        => TemplateModelBuilder.Array(ports.Where(test));
}
