using System.Globalization;
using System.Text;
using PhantomMesh.BuildPorts.Diagnostics;
using PhantomMesh.BuildPorts.Loading.Toml;

namespace PhantomMesh.BuildPorts.Tests.Loading;

/// <summary>
/// The plain lexer is a fast first reading: whatever it reads must come out exactly as Tomlyn's lexer
/// reads it (every key, value, table origin and position, and the same duplicates), and anything
/// else must be left to Tomlyn. Checked on every TOML file of the repository and on thousands of
/// variants of them with TOML's tricky characters put in: escapes, multi-line strings, numbers that
/// are not plain, comments with control characters, lone carriage returns, surrogates.
/// </summary>
public sealed class PlainTomlLexerTests
{
    private const int VariantsPerFile = 400;

    private static readonly string[] Fragments =
    [
        " ", "\t", "\n", "\r\n", "\r", "# comment\n", "#\u0001\n", "#\u007F\n", "# é 😀\n", "#\uFFFD\n",
        "\"", "'", "\"\"", "''", "\"\"\"", "'''", "\"a\\\"b\"", "\"\\u00e9\"", "\"\\x41\"", "'C:\\dir'", "\"é\"", "\"😀\"", "\"\uD800\"", "\"\uFFFD\"", "\"\u0001\"", "\"\t\"",
        "=", ".", ",", "[", "]", "[[", "]]", "{", "}", "{ a = 1 }", "{ a = 1, }", "[1, 2,]", "[\n1,\n2\n]", "{}", "[]",
        "0", "-0", "+0", "01", "-1", "+17", "1_000", "1.5", "1e3", "0x1F", "0o17", "0b1", "inf", "-nan",
        "9223372036854775807", "9223372036854775808", "123456789012345678", "1234567890123456789",
        "true", "false", "trueish", "fals", "1979-05-27", "07:32:00", "1979-05-27T07:32:00Z",
        "a", "a-b", "_", "é", "a.b", "\"quoted key\"", "'literal key'", "b = 2\n", "x.y = 3\n", "[t]\n", "[[t]]\n",
    ];

    public static TheoryData<string> TomlFiles()
    {
        var root = RepoPaths.RepoRoot;
        var tests = Path.Combine(root, "tests", "PhantomMesh.BuildPorts.Core.Tests");
        string[] files =
        [
            Path.Combine(root, "ports.toml"),
            Path.Combine(root, "src", "PhantomMesh.BuildPorts.Cli", "Starter", "ports.toml"),
            .. Directory.GetFiles(Path.Combine(tests, "Loading", "TomlConformance"), "*.toml", SearchOption.AllDirectories),
            .. Directory.GetFiles(Path.Combine(tests, "Hostile", "bad"), "*.toml"),
        ];
        return [.. files.Select(f => Path.GetRelativePath(root, f)).Order(StringComparer.Ordinal)];
    }

    [Theory]
    [MemberData(nameof(TomlFiles))]
    public void A_file_the_plain_lexer_reads_is_read_as_Tomlyn_reads_it(string relativePath)
    {
        var text = File.ReadAllText(Path.Combine(RepoPaths.RepoRoot, relativePath));

        AssertPlainReadsAsTomlyn(text, relativePath);
    }

    [Theory]
    [MemberData(nameof(TomlFiles))]
    public void Variants_with_tricky_characters_are_read_as_Tomlyn_reads_them_or_left_to_it(string relativePath)
    {
        var text = File.ReadAllText(Path.Combine(RepoPaths.RepoRoot, relativePath));
        var random = new Random(relativePath.Length * 7919);
        var readPlain = 0;

        for (var i = 0; i < VariantsPerFile; i++)
        {
            var variant = Mutate(text, random, mutations: 1 + (i % 3));
            readPlain += AssertPlainReadsAsTomlyn(variant, $"{relativePath} variant {i}") ? 1 : 0;
        }

        // Most files are plain TOML: unless they are made to show what is not, many of their variants stay plain.
        if (IsPlain(text))
        {
            Assert.True(readPlain >= VariantsPerFile / 10, $"only {readPlain} of {VariantsPerFile} variants were read by the plain lexer");
        }
    }

    [Fact]
    public void The_repository_spec_and_the_starter_spec_are_plain_so_a_check_reads_them_quickly()
    {
        foreach (var path in new[] { "ports.toml", Path.Combine("src", "PhantomMesh.BuildPorts.Cli", "Starter", "ports.toml") })
        {
            var text = File.ReadAllText(Path.Combine(RepoPaths.RepoRoot, path));

            Assert.NotNull(TomlTokenParser.ParsePlain(text, path, out _));
            Assert.NotNull(TomlTokenParser.ParsePlain(text.ReplaceLineEndings("\r\n"), path, out _));
        }
    }

    [Theory]
    [MemberData(nameof(TomlFiles))]
    public void A_file_read_in_halves_cut_at_any_header_line_is_read_as_Tomlyn_reads_it(string relativePath)
    {
        var text = File.ReadAllText(Path.Combine(RepoPaths.RepoRoot, relativePath));
        var tomlyn = TomlTokenParser.Parse(text, relativePath, out _, out var tomlynBuilder, plainLexerFirst: false);
        var cuts = 0;

        for (var at = text.IndexOf("\n[", StringComparison.Ordinal); at >= 0; at = text.IndexOf("\n[", at + 1, StringComparison.Ordinal))
        {
            var builder = new TomlTreeBuilder(relativePath);
            if (TomlTokenParser.ParseInHalves(text, relativePath, builder, out _, cutNear: at + 1) is not { } halves)
            {
                continue;
            }

            cuts++;
            Assert.True(tomlyn is not null, $"{relativePath} cut at {at + 1}: read in halves, refused by Tomlyn's lexer");
            Assert.Equal(Dump(tomlyn), Dump(halves));
            Assert.Equal(Duplicates(tomlynBuilder), Duplicates(builder));
        }

        if (IsPlain(text) && tomlynBuilder is { HasDuplicates: false } && text.Contains("\n[", StringComparison.Ordinal))
        {
            Assert.True(cuts > 0, "no cut was read in halves");
        }
    }

    [Fact]
    public void A_large_spec_is_read_in_halves_as_Tomlyn_reads_it_in_one_go()
    {
        var text = LargeSpec(containers: 1_500);
        Assert.True(text.Length >= TomlTokenParser.HalvesFrom);

        var halves = TomlTokenParser.ParseInHalves(text, "ports.toml", new TomlTreeBuilder("ports.toml"), out _);
        var plain = TomlTokenParser.ParsePlain(text, "ports.toml", out _);
        var tomlyn = TomlTokenParser.Parse(text, "ports.toml", out _, out _, plainLexerFirst: false);

        Assert.NotNull(halves);
        Assert.Equal(Dump(tomlyn!), Dump(halves));
        Assert.Equal(Dump(tomlyn!), Dump(plain!));
    }

    [Theory]
    [InlineData("x = [\n[1, 2],\n]\n", "a cut inside a multi-line array")]
    [InlineData("[a]\nx = 1\n[a]\ny = 2\n", "a table defined in both halves")]
    [InlineData("[a]\nx = 1\n[b]\nz = { q = 1, q = 2 }\n", "a key defined twice in an inline table of the second half")]
    [InlineData("[a]\nb.c = 1\n[a.b]\nx = 1\n", "a header for a table a dotted key made")]
    public void A_cut_that_does_not_read_cleanly_leaves_the_text_to_a_reading_in_one_go(string text, string why)
    {
        var cut = text.LastIndexOf("\n[", StringComparison.Ordinal) + 1;

        Assert.True(TomlTokenParser.ParseInHalves(text, "ports.toml", new TomlTreeBuilder("ports.toml"), out _, cutNear: cut) is null, why);
    }

    [Theory]
    [InlineData("a = \"x\\ty\"\n", true)]
    [InlineData("a = \"\"\"\nx\"\"\"\n", true)]
    [InlineData("a = '''x'''\n", true)]
    [InlineData("a = 1.5\n", true)]
    [InlineData("a = 1_000\n", true)]
    [InlineData("a = 0x1F\n", true)]
    [InlineData("a = 1979-05-27\n", true)]
    [InlineData("a = inf\n", true)]
    [InlineData("a = 9223372036854775807\n", true)]
    [InlineData("\"\" = 1\n", true)]
    [InlineData("a = \"😀\"\n", true)]
    [InlineData("\uFEFFa = 1\n", false)]
    [InlineData("a = 1\n\uFEFFb = 2\n", false)]
    [InlineData("a = 1 # \u0001\n", false)]
    [InlineData("a = 1\rb = 2\n", false)]
    [InlineData("a = 1 # ends with a lone CR\r", false)]
    [InlineData("a = 'x\u007Fy'\n", false)]
    [InlineData("a = 'x\u0001y'\n", false)]
    [InlineData("a = \"x\u007Fy\"\n", false)]
    public void Text_that_is_not_plain_is_left_to_Tomlyn_and_still_read(string text, bool validToml)
    {
        Assert.Null(TomlTokenParser.ParsePlain(text, "ports.toml", out _));

        var diagnostics = new DiagnosticBag();
        var tree = TomlDocumentParser.Parse(text, "ports.toml", diagnostics);

        Assert.Equal(validToml, tree is not null);
        Assert.Equal(tree is null, diagnostics.ErrorCount > 0);
    }

    [Fact]
    public void A_large_spec_with_CRLF_line_ends_is_read_in_halves_as_Tomlyn_reads_it()
    {
        var text = LargeSpec(containers: 1_500).ReplaceLineEndings("\r\n");

        var halves = TomlTokenParser.ParseInHalves(text, "ports.toml", new TomlTreeBuilder("ports.toml"), out _);
        var tomlyn = TomlTokenParser.Parse(text, "ports.toml", out _, out _, plainLexerFirst: false);

        Assert.NotNull(halves);
        Assert.Equal(Dump(tomlyn!), Dump(halves));
    }

    [Theory]
    [InlineData("[a.b]\nx = 1\n[a]\ny = 2\n", "a table made implicitly in the first half and defined in the second")]
    [InlineData("[[a]]\nx = 1\n[[a]]\nx = 2\n[a.b]\ny = 3\n", "an array of tables continued across the cut, and a table under its last element")]
    [InlineData("[a]\nb.c = 1\n[a.b.d]\nx = 1\n", "a header under a table a dotted key made")]
    public void A_cut_at_a_header_that_continues_the_first_half_reads_as_in_one_go(string text, string why)
    {
        var cut = text.IndexOf("\n[", StringComparison.Ordinal) + 1;

        var halves = TomlTokenParser.ParseInHalves(text, "ports.toml", new TomlTreeBuilder("ports.toml"), out _, cutNear: cut);
        var tomlyn = TomlTokenParser.Parse(text, "ports.toml", out _, out _, plainLexerFirst: false);

        Assert.True(halves is not null, why);
        Assert.Equal(Dump(tomlyn!), Dump(halves));
    }

    /// <summary>True when the plain lexer read the text (the trees and duplicates then match Tomlyn's reading).</summary>
    private static bool AssertPlainReadsAsTomlyn(string text, string name)
    {
        var plain = TomlTokenParser.ParsePlain(text, name, out var plainBuilder);
        var halvesBuilder = new TomlTreeBuilder(name);
        var halves = TomlTokenParser.ParseInHalves(text, name, halvesBuilder, out var notPlain, cutNear: text.Length / 2);
        if (plain is null)
        {
            Assert.Null(halves);
            return false;
        }

        Assert.False(notPlain, $"{name}: the halves say the plain lexer gives up on text it reads in one go");

        var tomlyn = TomlTokenParser.Parse(text, name, out var failure, out var tomlynBuilder, plainLexerFirst: false);
        Assert.True(tomlyn is not null, $"{name}: the plain lexer read text Tomlyn's lexer refuses ({failure?.Message}):\n{text}");
        Assert.Equal(Dump(tomlyn), Dump(plain));
        Assert.Equal(Duplicates(tomlynBuilder), Duplicates(plainBuilder));
        if (halves is not null)
        {
            Assert.Equal(Dump(tomlyn), Dump(halves));
            Assert.Equal(Duplicates(tomlynBuilder), Duplicates(halvesBuilder));
        }

        return true;
    }

    private static string Duplicates(TomlTreeBuilder builder)
    {
        var diagnostics = new DiagnosticBag();
        builder.ReportDuplicates(diagnostics);
        return string.Join('\n', diagnostics.Items.Select(d => $"{d.Location} {d.Location.EndLine}:{d.Location.EndColumn} {d.Message}"));
    }

    private static string Dump(TomlNode node)
    {
        var text = new StringBuilder();
        Dump(node, 0, text);
        return text.ToString();
    }

    private static void Dump(TomlNode node, int depth, StringBuilder text)
    {
        var at = node.Location;
        text.Append(' ', depth * 2).Append(CultureInfo.InvariantCulture, $"{node.TypeName} {at.Line}:{at.Column}-{at.EndLine}:{at.EndColumn}");
        switch (node)
        {
            case TomlScalarNode scalar:
                text.Append(CultureInfo.InvariantCulture, $" {scalar.Kind} <{Convert.ToString(scalar.Value, CultureInfo.InvariantCulture)}>\n");
                break;
            case TomlArrayNode array:
                text.Append('\n');
                foreach (var item in array.Items)
                {
                    Dump(item, depth + 1, text);
                }

                break;
            case TomlTableNode table:
                text.Append(CultureInfo.InvariantCulture, $" {table.Origin}\n");
                foreach (var entry in table.Entries)
                {
                    var key = entry.KeyLocation;
                    text.Append(' ', (depth + 1) * 2).Append(CultureInfo.InvariantCulture, $"key <{entry.Key}> {key.Line}:{key.Column}-{key.EndLine}:{key.EndColumn}\n");
                    Dump(entry.Value, depth + 2, text);
                }

                break;
        }
    }

    private static string LargeSpec(int containers)
    {
        var text = new StringBuilder("[project]\nname = \"large\" # the registry of every service\n");
        for (var i = 0; i < containers; i++)
        {
            text.Append(CultureInfo.InvariantCulture, $"\n[containers.svc-{i}]\nimage = \"registry.example/svc-{i}:1.0\"\nenabled = true\n");
            text.Append(CultureInfo.InvariantCulture, $"\n[containers.svc-{i}.ports.http]\nhost_port = {20000 + i}\ncontainer_port = 8080\nlabels = {{ team = 'a', tier = \"web\" }}\n");
            text.Append(CultureInfo.InvariantCulture, $"\n[[containers.svc-{i}.checks]]\nargs = [1, -2, +3]\n");
        }

        return text.ToString();
    }

    /// <summary>Puts fragments in, takes characters out, or repeats a line, at random places.</summary>
    private static string Mutate(string text, Random random, int mutations)
    {
        var builder = new StringBuilder(text);
        for (var m = 0; m < mutations; m++)
        {
            var at = random.Next(builder.Length + 1);
            switch (random.Next(4))
            {
                case 0 or 1:
                    builder.Insert(at, Fragments[random.Next(Fragments.Length)]);
                    break;
                case 2 when builder.Length > 0:
                    builder.Remove(Math.Min(at, builder.Length - 1), 1);
                    break;
                default:
                    var lines = builder.ToString().Split('\n');
                    var line = random.Next(lines.Length);
                    builder.Clear().AppendJoin('\n', lines.Take(line + 1).Append(lines[line]).Concat(lines.Skip(line + 1)));
                    break;
            }
        }

        return builder.ToString();
    }

    /// <summary>Files of the corpus made to show what is not plain (escapes, floats, dates, ...) rarely have plain variants.</summary>
    private static bool IsPlain(string text) =>
        TomlTokenParser.ParsePlain(text, "original", out _) is not null;
}
