using System.Text;
using System.Text.RegularExpressions;
using PhantomMesh.BuildPorts.Rendering.Functions;
using PhantomMesh.BuildPorts.Tests.Rendering.Generated;
using YamlDotNet.RepresentationModel;

namespace PhantomMesh.BuildPorts.Tests.Rendering;

/// <summary>
/// The text helpers on many strings made of the characters they treat specially (spaces, line breaks, controls, quotes,
/// dollars) and plain ones: plain values take a shortcut, and a value that needs changing must never take it.
/// </summary>
public sealed class SafeTextFunctionsTests
{
    private const string Alphabet = "ab é日$\"\\'#|`*_[]{}~<>&\t\n\r\u0007\u007f\u0085\u00a0\u2028\u2029\u3000\u200a";

    public static TheoryData<int> Seeds() => [1, 2, 3, 4];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void One_line_turns_every_run_of_spaces_line_breaks_and_controls_into_one_space_and_trims(int seed)
    {
        foreach (var text in RandomTexts(seed))
        {
            var expected = Regex.Replace(text, @"[\p{Cc}\s\u2028\u2029]+", " ").Trim();

            Assert.Equal(expected, SafeTextFunctions.OneLine(text));
        }
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void A_yaml_string_reads_back_as_the_value_and_stays_on_one_line(int seed)
    {
        foreach (var text in RandomTexts(seed))
        {
            var yaml = SafeTextFunctions.YamlStr(text);

            Assert.DoesNotContain(yaml, c => char.IsControl(c) || c is '\u2028' or '\u2029');
            var node = (YamlScalarNode)((YamlMappingNode)Yaml.Load("key: " + yaml)).Children[new YamlScalarNode("key")];
            Assert.Equal(text, node.Value);
        }
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void A_markdown_cell_escapes_markdown_and_html_and_keeps_to_one_line(int seed)
    {
        foreach (var text in RandomTexts(seed))
        {
            var expected = Regex.Replace(text.Replace("\r\n", "\n", StringComparison.Ordinal), @"[|\\`*_\[\]#{}$~<>&\p{Cc}]", match => match.Value switch
            {
                "<" => "&lt;",
                ">" => "&gt;",
                "&" => "&amp;",
                "\n" or "\r" => "<br>",
                var other when char.IsControl(other[0]) => " ",
                var other => "\\" + other,
            });

            Assert.Equal(expected, SafeTextFunctions.MdCell(text));
        }
    }

    [Theory]
    [InlineData("plain.name-2")]
    [InlineData("PhantomMesh API gateway (HTTP)")]
    [InlineData("")]
    public void A_plain_value_is_quoted_as_it_is_and_kept_on_its_line_unchanged(string text)
    {
        Assert.Equal("\"" + text + "\"", SafeTextFunctions.YamlStr(text));
        Assert.Same(text, SafeTextFunctions.OneLine(text));
        Assert.Same(text, SafeTextFunctions.MdCell(text));
    }

    private static IEnumerable<string> RandomTexts(int seed)
    {
        var random = new Random(seed);
        for (var i = 0; i < 5000; i++)
        {
            var text = new StringBuilder();
            for (var length = random.Next(0, 10); length > 0; length--)
            {
                text.Append(Alphabet[random.Next(Alphabet.Length)]);
            }

            yield return text.ToString();
        }
    }
}
