using PhantomMesh.BuildPorts.Diagnostics;

namespace PhantomMesh.BuildPorts.Validation.Rules;

/// <summary>PM1202: a port's host port lies outside the range of the group it names.</summary>
internal sealed class GroupRangeRule : IValidationRule
{
    public void Check(ValidationContext context)
    {
        var groups = context.Root.Groups.ToDictionary(g => g.Name.Value, StringComparer.Ordinal);
        foreach (var port in context.RootPorts)
        {
            if (port.Group is not { } name || !groups.TryGetValue(name.Value, out var group) || group.Range.Value.Contains(port.HostPort.Value))
            {
                continue;
            }

            context.Report(DiagnosticCatalog.OutsideGroupRange, port.HostPort.Location,
                $"Host port {port.HostPort.Value} of '{port.Container.Name}.{port.Name.Value}' is outside its group '{group.Name.Value}' ({group.Range.Value}).",
                port,
                new RelatedLocation(group.Range.Location, $"group '{group.Name.Value}' covers {group.Range.Value}"));
        }
    }
}
