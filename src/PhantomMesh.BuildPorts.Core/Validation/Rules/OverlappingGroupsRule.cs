using PhantomMesh.BuildPorts.Diagnostics;

namespace PhantomMesh.BuildPorts.Validation.Rules;

/// <summary>PM1204: two groups whose ranges share a port. A sweep over the groups sorted by start.</summary>
internal sealed class OverlappingGroupsRule : IValidationRule
{
    public void Check(ValidationContext context)
    {
        var sorted = context.Root.Groups
            .Select((group, index) => (Group: group, Index: index))
            .OrderBy(g => g.Group.Range.Value.First)
            .ThenBy(g => g.Index)
            .Select(g => g.Group)
            .ToList();
        if (sorted.Count == 0)
        {
            return;
        }

        // The earlier group reaching furthest overlaps the next one if any earlier group does.
        var reach = sorted[0];
        for (var i = 1; i < sorted.Count; i++)
        {
            var current = sorted[i];
            if (!reach.Range.Value.Overlaps(current.Range.Value))
            {
                reach = current.Range.Value.Last > reach.Range.Value.Last ? current : reach;
                continue;
            }

            context.Report(DiagnosticCatalog.OverlappingGroups, current.Range.Location,
                $"Group '{current.Name.Value}' ({current.Range.Value}) overlaps group '{reach.Name.Value}' ({reach.Range.Value}); each port belongs to one group.",
                null,
                new RelatedLocation(reach.Range.Location, $"group '{reach.Name.Value}' covers {reach.Range.Value}"));
            reach = current.Range.Value.Last > reach.Range.Value.Last ? current : reach;
        }
    }
}
