using PhantomMesh.BuildPorts.Tests.Output;

namespace PhantomMesh.BuildPorts.Tests.Rendering;

/// <summary>A region template reads and fills a file only where the writer may write: inside the output folder, links followed.</summary>
public sealed class RegionTargetTests : IDisposable
{
    private const string Marked = "FROM alpine\n# <phantom-gen:expose>\n# </phantom-gen:expose>\n";

    private const string RegionTemplate = "+++\nregion = \"expose\"\ntarget = \"linked/Dockerfile\"\n+++\nEXPOSE 1\n";

    private readonly TemplateRendering _temp = new();

    [SkippableFact]
    public void Target_reached_through_a_link_to_outside_the_output_folder_is_refused_and_left_alone()
    {
        var outside = _temp.Write("elsewhere/Dockerfile", Marked);
        Directory.CreateDirectory(_temp.OutputFolder);
        OutputPathTests.Link(Path.Combine(_temp.OutputFolder, "linked"), Path.GetDirectoryName(outside)!);

        var result = _temp.Render(("r.sbn", RegionTemplate));

        // Had the file been read, its markers would have produced a file; it is refused before that, as the writer refuses it.
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("PM3004", diagnostic.Code);
        Assert.Contains("symbolic link", diagnostic.Message, StringComparison.Ordinal);
        Assert.Empty(result.Files);
        Assert.Equal(Marked, File.ReadAllText(outside));
        Assert.Single(Directory.EnumerateFiles(Path.GetDirectoryName(outside)!));
    }

    [SkippableFact]
    public void Target_reached_through_a_link_that_stays_inside_is_filled()
    {
        var real = Path.Combine(_temp.OutputFolder, "real");
        _temp.Write("out/real/Dockerfile", Marked);
        OutputPathTests.Link(Path.Combine(_temp.OutputFolder, "linked"), real);

        var result = _temp.Render(("r.sbn", RegionTemplate));

        Assert.Empty(result.Diagnostics);
        var file = Assert.Single(result.Files);
        Assert.Equal(("linked/Dockerfile", false), (file.RelativePath, file.Owned));
        Assert.Contains("EXPOSE 1", file.Content, StringComparison.Ordinal);
    }

    public void Dispose() => _temp.Dispose();
}
