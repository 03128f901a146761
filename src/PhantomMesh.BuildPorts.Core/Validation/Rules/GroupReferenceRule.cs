using PhantomMesh.BuildPorts.Diagnostics;

namespace PhantomMesh.BuildPorts.Validation.Rules;

/// <summary>PM1010: a port names a group the spec does not define.</summary>
internal sealed class GroupReferenceRule : IValidationRule
{
    public void Check(ValidationContext context)
    {
        var known = context.Root.Groups.Select(g => g.Name.Value).ToList();
        var names = known.ToHashSet(StringComparer.Ordinal);
        foreach (var port in context.RootPorts)
        {
            if (port.Group is not { } group || names.Contains(group.Value))
            {
                continue;
            }

            var hint = known.Count == 0 ? "the spec defines no [groups.NAME] table" : $"defined groups: {string.Join(", ", known)}";
            context.Report(DiagnosticCatalog.UnknownReference, group.Location,
                $"group = \"{group.Value}\" names no group ({hint}).", port);
        }
    }
}
