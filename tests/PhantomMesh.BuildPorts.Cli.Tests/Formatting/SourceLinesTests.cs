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

    [Theory]
    [InlineData("utf-16")]
    [InlineData("utf-16BE")]
    [InlineData("utf-32BE")]
    public void A_file_saved_as_utf16_or_utf32_shows_its_lines_as_an_editor_does(string encoding)
    {
        var file = _temp.File("ports.toml");
        File.WriteAllText(file, "[project]\r\nname = \"caf\u00e9\"\n", System.Text.Encoding.GetEncoding(encoding));
        var lines = new SourceLines();

        Assert.Equal("[project]", lines.Line(file, 1));
        Assert.Equal("name = \"caf\u00e9\"", lines.Line(file, 2));
    }

    [Fact]
    public void A_line_that_is_not_utf8_shows_replacement_characters_and_the_line_numbers_stay_right()
    {
        var file = _temp.File("ports.toml");
        File.WriteAllBytes(file, [(byte)'a', 0xE2, (byte)'\n', (byte)'b', 0xC3, (byte)'\n', (byte)'c']);
        var expected = File.ReadAllLines(file);
        var lines = new SourceLines();

        Assert.Equal(3, expected.Length);
        for (var number = 1; number <= expected.Length; number++)
        {
            Assert.Equal(expected[number - 1], lines.Line(file, number));
        }
    }

    [Fact]
    public void A_missing_file_has_no_lines()
    {
        Assert.Null(new SourceLines().Line(_temp.File("missing.toml"), 1));
    }
}
