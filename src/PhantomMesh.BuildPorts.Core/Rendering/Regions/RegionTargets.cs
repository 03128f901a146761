using PhantomMesh.BuildPorts.Diagnostics;
using PhantomMesh.BuildPorts.Paths;

namespace PhantomMesh.BuildPorts.Rendering.Regions;

/// <summary>
/// Reads the hand-written files region templates fill. A target is checked as the writer checks an output, through
/// <see cref="ContainedFolder"/>: spelled as a path inside the output folder, and still inside it once symbolic links
/// are followed, so a link in the output folder cannot lead a read (or the write after it) elsewhere.
/// </summary>
internal sealed class RegionTargets(string outputFolder)
{
    private readonly ContainedFolder _folder = new(outputFolder, RealPath.ReadLink);

    /// <summary>The target's text, or null after reporting why it cannot be used; <paramref name="relativePath"/> is its normal form.</summary>
    public string? Read(RegionEdit edit, DiagnosticBag diagnostics, out string relativePath, out string fullPath)
    {
        fullPath = _folder.Resolve(edit.Target, out relativePath, out var problem) ?? string.Empty;
        if (fullPath.Length == 0)
        {
            diagnostics.Add(DiagnosticCatalog.OutputPathOutsideFolder, edit.Origin,
                $"Region target '{RelativePath.Display(edit.Target)}' cannot be used: {problem} Targets are paths relative to the output folder, without '..'.");
            return null;
        }

        try
        {
            return TemplateSetLoader.NormaliseNewLines(File.ReadAllText(fullPath));
        }
        catch (Exception exception) when (IoFailure.IsExpected(exception))
        {
            diagnostics.Add(DiagnosticCatalog.RegionProblem, edit.Origin,
                $"Region target '{relativePath}' cannot be read ({exception.Message}); region templates fill marked regions of an existing file.");
            return null;
        }
    }
}
