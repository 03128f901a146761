using PhantomMesh.BuildPorts.Cli.Formatting;
using PhantomMesh.BuildPorts.Testing;

namespace PhantomMesh.BuildPorts.Cli.Tests.Formatting;

/// <summary>The source line printed under a diagnostic is the line the editor shows at that number, whatever the line endings.</summary>
public sealed class SourceLinesTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Theory]
    [InlineData("a = 1\nb = 2\n")]
    [InlineData("a = 1\nb = 2")]
    [InlineData("a = 1\r\nb = 2\r\n")]
    [InlineData("a = 1\rb = 2\r")]
    [InlineData("a = 1\n\n\r\n\rb = 2\n")]
    [InlineData("\n")]
    [InlineData("")]
    [InlineData("only\tline")]
    [InlineData("\uFEFFa = 1\nb = 2\n")]
    [InlineData("\uFEFF")]
    [InlineData("name = \"caf\u00e9 \u65e5\u672c\"\r\nb = \"\U0001F600\"\n")]
    public void Each_line_is_the_one_File_ReadAllLines_reads_at_that_number(string text)
    {
        var file = _temp.Write("ports.toml", text);
        var expected = File.ReadAllLines(file);
        var lines = new SourceLines();

        for (var number = 1; number <= expected.Length; number++)
        {
            Assert.Equal(expected[number - 1], lines.Line(file, number));
        }

        Assert.Null(lines.Line(file, 0));
        Assert.Null(lines.Line(file, expected.Length + 1));
    }

    [Fact]
    public void A_missing_file_has_no_lines()
    {
        Assert.Null(new SourceLines().Line(_temp.File("missing.toml"), 1));
    }
}
