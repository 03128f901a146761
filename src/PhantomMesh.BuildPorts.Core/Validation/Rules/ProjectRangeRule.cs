using PhantomMesh.BuildPorts.Diagnostics;

namespace PhantomMesh.BuildPorts.Validation.Rules;

/// <summary>PM1203: a host port, a group or a reserved entry outside [project] host_range.</summary>
internal sealed class ProjectRangeRule : IValidationRule
{
    public void Check(ValidationContext context)
    {
        if (context.Root.Project.HostRange is not { } projectRange)
        {
            return;
        }

        var range = projectRange.Value;
        var related = new RelatedLocation(projectRange.Location, $"the project's host range is {range}");
        foreach (var port in context.RootPorts.Where(p => !range.Contains(p.HostPort.Value)))
        {
            context.Report(DiagnosticCatalog.OutsideProjectRange, port.HostPort.Location,
                $"Host port {port.HostPort.Value} of '{port.Container.Name}.{port.Name.Value}' is outside the project's host range {range}.",
                port, related);
        }

        foreach (var group in context.Root.Groups.Where(g => !range.Contains(g.Range.Value)))
        {
            context.Report(DiagnosticCatalog.OutsideProjectRange, group.Range.Location,
                $"Group '{group.Name.Value}' ({group.Range.Value}) reaches outside the project's host range {range}.", null, related);
        }

        foreach (var reserved in context.Root.Reserved.Where(r => !range.Contains(r.Range.Value)))
        {
            context.Report(DiagnosticCatalog.OutsideProjectRange, reserved.Range.Location,
                $"Reserved '{reserved.Name.Value}' ({reserved.Range.Value}) reaches outside the project's host range {range}.", null, related);
        }
    }
}
