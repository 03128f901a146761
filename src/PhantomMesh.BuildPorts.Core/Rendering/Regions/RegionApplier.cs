using PhantomMesh.BuildPorts.Diagnostics;
using PhantomMesh.BuildPorts.Output;

namespace PhantomMesh.BuildPorts.Rendering.Regions;

/// <summary>Fills every region edit into its target's current text; one file per target, never owned by the tool.</summary>
internal static class RegionApplier
{
    public static IEnumerable<GeneratedFile> Apply(IReadOnlyList<RegionEdit> edits, RegionTargets targets, DiagnosticBag diagnostics)
    {
        foreach (var byTarget in edits.GroupBy(e => e.Target, StringComparer.Ordinal))
        {
            var first = byTarget.First();
            if (targets.Read(first, diagnostics, out var relative, out var fullPath) is not { } text)
            {
                continue;
            }

            var failed = false;
            foreach (var edit in byTarget)
            {
                var spliced = RegionSplicer.Splice(text, edit.Region, edit.Content, out var error, out var line);
                if (spliced is null)
                {
                    diagnostics.Add(DiagnosticCatalog.RegionProblem, new SourceLocation(fullPath, line, 1, line, 1),
                        $"Region '{edit.Region}' of '{relative}' (filled by {edit.Origin.File}): {error}.");
                    failed = true;
                    break;
                }

                text = spliced;
            }

            if (!failed)
            {
                yield return new GeneratedFile(relative, text, Owned: false, first.Origin, first.Template);
            }
        }
    }
}
