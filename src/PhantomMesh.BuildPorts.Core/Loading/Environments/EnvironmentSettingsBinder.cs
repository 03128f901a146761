using PhantomMesh.BuildPorts.Diagnostics;
using PhantomMesh.BuildPorts.Loading.Binding;
using PhantomMesh.BuildPorts.Loading.Toml;
using PhantomMesh.BuildPorts.Spec;
using PhantomMesh.BuildPorts.Text;

namespace PhantomMesh.BuildPorts.Loading.Environments;

/// <summary>
/// Reads an environment's own keys (port_offset, host_ip, kubernetes, namespace) and returns the
/// rest of its table: the overrides, shaped like a spec.
/// </summary>
internal static class EnvironmentSettingsBinder
{
    private static readonly string[] OwnKeys = ["port_offset", "host_ip", "kubernetes", "namespace"];

    private static readonly string[] SpecKeys = ["project", "includes", "groups", "reserved", "containers", "alerts"];

    /// <summary>The largest shift that can still leave a port inside 1-65535.</summary>
    private const int MaxOffset = 65534;

    public static (EnvironmentSettings Settings, TomlTableNode Overrides) Bind(Located<string> name, TomlTableNode table, DiagnosticBag diagnostics)
    {
        var reader = new TableReader(table, $"{EnvironmentTables.Key}.{name.Value}", diagnostics, [.. SpecKeys, .. OwnKeys]);
        var offset = reader.Integer("port_offset", example: "port_offset = 100");
        if (offset is { } shift && Math.Abs(shift.Value) > MaxOffset)
        {
            diagnostics.Add(DiagnosticCatalog.InvalidValue, shift.Location,
                $"port_offset = {shift.Value} would move every port outside 1-65535; use an offset between -{MaxOffset} and {MaxOffset}, such as 100.");
            offset = null;
        }

        var kubernetes = reader.Boolean("kubernetes");
        var @namespace = reader.NonEmptyString("namespace", example: "namespace = \"phantom-mesh\"");
        if (@namespace is { } ns && !KubernetesNames.IsDns1123Label(ns.Value))
        {
            diagnostics.Add(DiagnosticCatalog.InvalidValue, ns.Location,
                $"namespace = \"{ns.Value}\" is not a Kubernetes namespace name: use at most 63 lower-case letters, digits and '-', starting and ending with a letter or digit.");
            @namespace = null;
        }
        else if (@namespace is { } orphan && kubernetes?.Value != true)
        {
            diagnostics.Add(DiagnosticCatalog.InvalidValue, orphan.Location,
                $"namespace is set, but [environments.{name.Value}] is not a Kubernetes environment; add kubernetes = true, or remove namespace.");
        }

        var settings = new EnvironmentSettings(name)
        {
            PortOffset = offset is { } o ? new Located<int>((int)o.Value, o.Location) : null,
            HostIp = PortBinder.BindHostIp(reader),
            IsKubernetes = kubernetes?.Value ?? false,
            Namespace = @namespace?.Value ?? EnvironmentSettings.DefaultNamespace,
        };

        var overrides = new TomlTableNode(table.Location, table.Origin);
        foreach (var entry in table.Entries.Where(e => SpecKeys.Contains(e.Key)))
        {
            overrides.Add(entry);
        }

        return (settings, overrides);
    }
}
