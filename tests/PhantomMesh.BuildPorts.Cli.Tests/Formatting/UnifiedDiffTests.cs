using PhantomMesh.BuildPorts.Cli.Formatting;
using PhantomMesh.BuildPorts.Cli.Tests.Infrastructure;

namespace PhantomMesh.BuildPorts.Cli.Tests.Formatting;

/// <summary>The diff <c>generate --check</c> prints is a real unified diff: the notation of diff -u, and git applies it.</summary>
public sealed class UnifiedDiffTests : IDisposable
{
    private readonly TempFolder _temp = new();

    [Fact]
    public void Equal_texts_give_no_diff()
        => Assert.Equal(string.Empty, UnifiedDiff.Render("a\nb\n", "a\nb\n", "a/x", "b/x"));

    [Fact]
    public void One_changed_line_in_the_middle_has_three_lines_of_context()
    {
        var diff = UnifiedDiff.Render("1\n2\n3\n4\n5\n6\n7\n8\n9\n", "1\n2\n3\n4\nFIVE\n6\n7\n8\n9\n", "a/x", "b/x");

        Assert.Equal("--- a/x\n+++ b/x\n@@ -2,7 +2,7 @@\n 2\n 3\n 4\n-5\n+FIVE\n 6\n 7\n 8\n", diff);
    }

    [Fact]
    public void Distant_changes_make_two_hunks_and_near_ones_one()
    {
        var old = Numbers(20);
        var far = UnifiedDiff.Render(old, Numbers(20, (2, "two"), (19, "nineteen")), "a/x", "b/x");
        var near = UnifiedDiff.Render(old, Numbers(20, (5, "five"), (11, "eleven")), "a/x", "b/x");

        Assert.Equal(2, far.Split('\n').Count(l => l.StartsWith("@@", StringComparison.Ordinal)));
        Assert.Contains("@@ -1,5 +1,5 @@", far, StringComparison.Ordinal);
        Assert.Contains("@@ -16,5 +16,5 @@", far, StringComparison.Ordinal);
        Assert.Single(near.Split('\n'), l => l.StartsWith("@@", StringComparison.Ordinal));
        Assert.Contains("@@ -2,13 +2,13 @@", near, StringComparison.Ordinal);
    }

    [Fact]
    public void New_and_emptied_files_use_zero_ranges()
    {
        Assert.Equal("--- /dev/null\n+++ b/x\n@@ -0,0 +1,2 @@\n+a\n+b\n", UnifiedDiff.Render(string.Empty, "a\nb\n", "/dev/null", "b/x"));
        Assert.Equal("--- a/x\n+++ /dev/null\n@@ -1 +0,0 @@\n-a\n", UnifiedDiff.Render("a\n", string.Empty, "a/x", "/dev/null"));
    }

    [Fact]
    public void Missing_final_newline_is_marked_as_diff_does()
    {
        Assert.Equal("--- a/x\n+++ b/x\n@@ -1 +1 @@\n-a\n\\ No newline at end of file\n+a\n", UnifiedDiff.Render("a", "a\n", "a/x", "b/x"));
    }

    [Fact]
    public void Line_ending_changes_show()
    {
        var diff = UnifiedDiff.Render("a\r\nb\n", "a\nb\n", "a/x", "b/x");

        Assert.Equal("--- a/x\n+++ b/x\n@@ -1,2 +1,2 @@\n-a\r\n+a\n b\n", diff);
    }

    [SkippableTheory]
    [InlineData("one\ntwo\nthree\n", "one\n2\nthree\nfour\n")]
    [InlineData("", "new\nfile\n")]
    [InlineData("no newline", "no newline\nnow two lines\n")]
    [InlineData("1\n2\n3\n4\n5\n6\n7\n8\n9\n10\n11\n12\n13\n14\n15\n", "0\n1\n2\n3\n4\n5\n6\n7\n8\n9\n10\n11\n12\n13\nfourteen\n15")]
    public async Task Git_applies_the_diff_and_gets_the_new_text(string oldText, string newText)
    {
        var git = ExternalTool.RequireTool("git");
        _temp.Write("notes/file.txt", oldText);
        var patch = _temp.Write("change.patch", UnifiedDiff.Render(oldText, newText, "a/notes/file.txt", "b/notes/file.txt"));

        var apply = await ExternalTool.RunAsync(git, ["apply", "--verbose", patch], workingDirectory: _temp.Path);

        Assert.True(apply.Succeeded, apply.ToString());
        Assert.Equal(newText, _temp.Read("notes/file.txt"));
    }

    public void Dispose() => _temp.Dispose();

    /// <summary>Lines 1 to <paramref name="count"/>, each its number unless replaced.</summary>
    private static string Numbers(int count, params (int Line, string Text)[] replaced)
        => string.Concat(Enumerable.Range(1, count).Select(i => (replaced.FirstOrDefault(r => r.Line == i).Text ?? i.ToString()) + "\n"));
}
