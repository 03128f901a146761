using PhantomMesh.BuildPorts.Diagnostics;
using PhantomMesh.BuildPorts.Spec;

namespace PhantomMesh.BuildPorts.Loading.Environments;

/// <summary>
/// Shifts an environment's whole layout by its <c>port_offset</c>: host ports, group ranges,
/// reservations and the host range, so a second copy of a stack keeps its shape. Container ports
/// and old ports stay as they are. Locations stay where the values were written.
/// </summary>
internal sealed class PortOffset(EnvironmentSettings settings, DiagnosticBag diagnostics)
{
    private int Offset => settings.Offset;

    public PortSpec Apply(PortSpec spec)
    {
        if (Offset == 0)
        {
            return spec;
        }

        return spec with
        {
            Project = spec.Project with { HostRange = spec.Project.HostRange is { } range ? Shift(range, "host_range") : null },
            Groups = [.. spec.Groups.Select(g => Shift(g.Range, $"the range of group '{g.Name.Value}'") is { } r ? g with { Range = r } : null).OfType<PortGroup>()],
            Reserved = [.. spec.Reserved.Select(e => Shift(e.Range, $"reservation '{e.Name.Value}'") is { } r ? e with { Range = r } : null).OfType<ReservedEntry>()],
            Containers = [.. spec.Containers.Select(c => c with { Ports = [.. c.Ports.Select(Shift).OfType<PortMapping>()] })],
        };
    }

    private PortMapping? Shift(PortMapping port)
    {
        var shifted = port.HostPort.Value + Offset;
        if (IsPort(shifted))
        {
            return port with { HostPort = port.HostPort with { Value = shifted } };
        }

        Report(port.HostPort.Location, $"host_port {port.HostPort.Value} of '{port.Container.Name}.{port.Name.Value}'", shifted.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return null;
    }

    private Located<PortRange>? Shift(Located<PortRange> range, string what)
    {
        var shifted = new PortRange(range.Value.First + Offset, range.Value.Last + Offset);
        if (IsPort(shifted.First) && IsPort(shifted.Last))
        {
            return range with { Value = shifted };
        }

        Report(range.Location, $"{what} ({range.Value})", $"{shifted.First}-{shifted.Last}");
        return null;
    }

    private void Report(SourceLocation location, string what, string result)
        => diagnostics.Add(DiagnosticCatalog.PortOutOfRange, location,
            $"port_offset = {Offset} of [environments.{settings.Name.Value}] moves {what} to {result}, outside 1-65535; choose a smaller offset, or move the value in the base.");

    private static bool IsPort(int value) => value is >= 1 and <= 65535;
}
