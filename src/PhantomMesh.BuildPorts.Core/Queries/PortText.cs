using System.Globalization;
using PhantomMesh.BuildPorts.Spec;

namespace PhantomMesh.BuildPorts.Queries;

/// <summary>A port's settings as short text, the way the port table and the environment diff show them.</summary>
public static class PortText
{
    public static string HostPort(PortMapping port) => port.HostPort.Value.ToString(CultureInfo.InvariantCulture);

    public static string ContainerPort(PortMapping port) => port.ContainerPort.Value.ToString(CultureInfo.InvariantCulture);

    public static string Health(PortMapping port) => port.Health.Kind switch
    {
        HealthCheckKind.Http => $"GET {port.Health.Value}",
        HealthCheckKind.Command => port.Health.Value,
        _ => "-",
    };

    public static string Exposure(Exposure exposure) => exposure.Kind == ExposureKind.Restricted
        ? "from " + string.Join(", ", exposure.AllowFrom.Select(a => a.Value))
        : exposure.Name;

    /// <summary>The host address the port is published on: "all", an address, or "-" when it is not published.</summary>
    public static string PublishedOn(PortMapping port)
        => !port.IsPublished ? "-" : port.PublishedAddress?.ToString() ?? "all";
}
