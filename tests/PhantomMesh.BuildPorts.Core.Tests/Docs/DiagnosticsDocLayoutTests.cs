namespace PhantomMesh.BuildPorts.Tests.Docs;

/// <summary>How the page's layout is read into examples: what the doc tests run depends on it.</summary>
public class DiagnosticsDocLayoutTests
{
    private const string Fence = "```";

    private static readonly string Page = string.Join("\n",
        "<a id=\"pm3005\"></a>",
        "## PM3005: Two outputs with one path",
        "",
        Fence + "toml file=ports.toml",
        "[project]",
        "name = \"PhantomMesh\"",
        Fence,
        "",
        Fence + "scriban file=templates/a.sbn",
        "a",
        Fence,
        "",
        "**Bad**",
        "",
        Fence + "scriban file=templates/b.sbn",
        "b",
        Fence,
        "",
        Fence + "console folder=artifacts/deploy/x",
        "$ ls",
        Fence,
        "",
        "The tool prints:",
        "",
        Fence + "text",
        "templates/b.sbn(1,1): error PM3005: ...",
        Fence,
        "",
        "**Fixed**",
        "",
        Fence + "scriban-illustration file=templates/b.sbn",
        "c",
        Fence,
        "",
        Fence + "text output=artifacts/deploy/c.txt",
        "c",
        Fence,
        "");

    [Fact]
    public void Files_before_Bad_are_shared_and_each_example_holds_the_blocks_of_its_part()
    {
        var section = Assert.Single(DiagnosticsDoc.Parse(Page));

        Assert.Equal(["ports.toml", "templates/a.sbn"], section.SharedFiles.Select(b => b.File));
        Assert.Equal(["templates/b.sbn", null], section.BadExample.Files.Select(b => b.File));
        Assert.Equal("artifacts/deploy/x", section.BadExample.Files[1].Folder);
        Assert.Null(section.BadExample.Spec);
        Assert.True(section.HasSpec(section.BadExample));
        Assert.Equal(["templates/b.sbn(1,1): error PM3005: ..."], section.Printed!.TextLines);
        Assert.Equal("artifacts/deploy/c.txt", Assert.Single(section.FixedExample.Outputs).Output);
        Assert.Empty(section.StrayExampleBlocks);
    }

    [Fact]
    public void An_example_with_a_template_is_generated_and_one_with_an_illustration_is_not_run()
    {
        var section = Assert.Single(DiagnosticsDoc.Parse(Page));

        Assert.True(section.IsGenerated(section.BadExample));
        Assert.True(section.IsChecked(section.BadExample));
        Assert.False(section.IsChecked(section.FixedExample));
    }

    [Fact]
    public void A_file_between_the_printed_lines_and_Fixed_belongs_to_no_example()
    {
        var page = Page.Replace("**Fixed**", Fence + "text file=artifacts/deploy/late.txt\nlate\n" + Fence + "\n\n**Fixed**", StringComparison.Ordinal);

        var section = Assert.Single(DiagnosticsDoc.Parse(page));

        Assert.Equal("artifacts/deploy/late.txt", Assert.Single(section.StrayExampleBlocks).File);
    }

    [Fact]
    public void Generated_example_prints_template_paths_relative_to_the_spec_folder()
    {
        var section = Assert.Single(DiagnosticsDoc.Parse(Page.Replace("```console folder=artifacts/deploy/x\n$ ls\n```\n", string.Empty, StringComparison.Ordinal)
            .Replace("\nb\n", "\n+++\noutput = \"a\"\n+++\nb\n", StringComparison.Ordinal)));

        var run = DocExampleRunner.Run(section, section.BadExample);

        var printed = Assert.Single(run.Printed);
        Assert.StartsWith("templates/b.sbn(1,1): error PM3005: 'a' is also written by template 'a.sbn';", printed, StringComparison.Ordinal);
    }
}
