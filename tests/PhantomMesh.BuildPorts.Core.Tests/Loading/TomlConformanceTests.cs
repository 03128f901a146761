using System.Collections;
using System.Text.RegularExpressions;
using PhantomMesh.BuildPorts.Diagnostics;
using PhantomMesh.BuildPorts.Loading.Toml;
using Tomlyn;
using Tomlyn.Model;

namespace PhantomMesh.BuildPorts.Tests.Loading;

/// <summary>
/// Our TOML parser against a corpus of our own (Loading/TomlConformance) and against Tomlyn's model
/// as an independent reader: valid TOML 1.0 gives the same values and keys that point at their text;
/// invalid TOML gives its code at its position; TOML 1.1 syntax, which Tomlyn accepts, is refused at
/// its position with a message saying so. The same comparison runs on every spec file of the repository.
/// Tomlyn's model does not apply TOML's rule that a key or table is defined once (a later one replaces
/// the earlier), so a PM1005 from our table rules is the one refusal Tomlyn does not share.
/// </summary>
public sealed partial class TomlConformanceTests
{
    private static readonly string CorpusFolder = Path.Combine(RepoPaths.RepoRoot, "tests", "PhantomMesh.BuildPorts.Core.Tests", "Loading", "TomlConformance");

    public static TheoryData<string> Valid() => Files("valid");

    public static TheoryData<string> Invalid() => Files("invalid");

    public static TheoryData<string> Toml11() => Files("toml11");

    /// <summary>Every TOML file the repository holds: its specs and the hostile corpus.</summary>
    public static TheoryData<string> RepositorySpecs()
    {
        string[] roots = [Path.Combine(RepoPaths.RepoRoot, "ports.toml"), Path.Combine(RepoPaths.RepoRoot, "src", "PhantomMesh.BuildPorts.Cli", "Starter", "ports.toml")];
        var hostile = Directory.GetFiles(Path.Combine(RepoPaths.RepoRoot, "tests", "PhantomMesh.BuildPorts.Core.Tests", "Hostile", "bad"), "*.toml");
        return [.. roots.Concat(hostile.Order(StringComparer.Ordinal)).Select(p => Path.GetRelativePath(RepoPaths.RepoRoot, p))];
    }

    [Theory]
    [MemberData(nameof(Valid))]
    public void Valid_toml_reads_as_Tomlyn_reads_it_with_keys_at_their_text(string name)
    {
        var text = File.ReadAllText(Path.Combine(CorpusFolder, "valid", name));
        var diagnostics = new DiagnosticBag();

        var tree = TomlDocumentParser.Parse(text, name, diagnostics);

        Assert.Empty(diagnostics.Items);
        Assert.NotNull(tree);
        AssertSameValues(tree, TomlSerializer.Deserialize<TomlTable>(text)!, name);
        AssertKeysPointAtTheirText(tree, text.Split('\n'));
    }

    [Theory]
    [MemberData(nameof(Invalid))]
    public void Invalid_toml_reports_its_code_at_its_position_and_Tomlyn_refuses_it_too(string name)
    {
        var (text, diagnostics) = ParseRefused("invalid", name);

        if (diagnostics[0].Code != DiagnosticCatalog.DuplicateName.Code)
        {
            // Tomlyn's model lets a later key replace an earlier one; TOML's table rules are TomlTreeBuilder's.
            Assert.ThrowsAny<TomlException>(() => TomlSerializer.Deserialize<TomlTable>(text));
        }
    }

    [Theory]
    [MemberData(nameof(Toml11))]
    public void Toml_1_1_syntax_is_refused_at_its_position_although_Tomlyn_accepts_it(string name)
    {
        var (text, diagnostics) = ParseRefused("toml11", name);

        var diagnostic = Assert.Single(diagnostics);
        Assert.Contains("is TOML 1.1; ports.toml is TOML 1.0", diagnostic.Message, StringComparison.Ordinal);
        Assert.NotNull(TomlSerializer.Deserialize<TomlTable>(text));
    }

    [Theory]
    [MemberData(nameof(RepositorySpecs))]
    public void Every_spec_of_the_repository_reads_as_Tomlyn_reads_it(string relativePath)
    {
        var text = File.ReadAllText(Path.Combine(RepoPaths.RepoRoot, relativePath));
        var diagnostics = new DiagnosticBag();
        TomlTable? theirs;
        try
        {
            theirs = TomlSerializer.Deserialize<TomlTable>(text);
        }
        catch (TomlException)
        {
            theirs = null;
        }

        var tree = TomlDocumentParser.Parse(text, relativePath, diagnostics);

        var onlyTableRules = diagnostics.Items.All(d => d.Code == DiagnosticCatalog.DuplicateName.Code);
        Assert.True(theirs is not null == tree is not null || (tree is null && onlyTableRules),
            $"{relativePath}: Tomlyn {(theirs is null ? "refuses" : "reads")} it, our parser {(tree is null ? "refuses" : "reads")} it: {string.Join("; ", diagnostics.Items)}");
        if (tree is not null)
        {
            AssertSameValues(tree, theirs!, relativePath);
            AssertKeysPointAtTheirText(tree, text.Split('\n'));
        }
    }

    [Fact]
    public void Line_endings_written_as_CRLF_read_like_LF()
    {
        var lf = File.ReadAllText(Path.Combine(CorpusFolder, "valid", "tables.toml"));
        var diagnostics = new DiagnosticBag();

        var crlf = TomlDocumentParser.Parse(lf.Replace("\n", "\r\n", StringComparison.Ordinal), "crlf.toml", diagnostics);

        Assert.Empty(diagnostics.Items);
        AssertSameValues(crlf!, TomlSerializer.Deserialize<TomlTable>(lf)!, "crlf.toml");
    }

    [Fact]
    public void The_corpus_covers_valid_invalid_and_TOML_1_1_cases()
        => Assert.True(Valid().Count >= 8 && Invalid().Count >= 15 && Toml11().Count >= 10);

    private static void AssertSameValues(TomlNode ours, object? theirs, string path)
    {
        switch (ours)
        {
            case TomlTableNode table:
                var other = Assert.IsAssignableFrom<IDictionary<string, object>>(theirs);
                Assert.Equal(other.Keys.Order(StringComparer.Ordinal), table.Entries.Select(e => e.Key).Order(StringComparer.Ordinal));
                foreach (var entry in table.Entries)
                {
                    AssertSameValues(entry.Value, other[entry.Key], $"{path}.{entry.Key}");
                }

                break;
            case TomlArrayNode array:
                var items = Assert.IsAssignableFrom<IEnumerable>(theirs).Cast<object?>().ToList();
                Assert.True(array.Items.Count == items.Count, $"{path}: {array.Items.Count} items, Tomlyn reads {items.Count}");
                for (var i = 0; i < items.Count; i++)
                {
                    AssertSameValues(array.Items[i], items[i], $"{path}[{i}]");
                }

                break;
            case TomlScalarNode { Kind: TomlScalarKind.DateTime }:
                Assert.True(theirs is TomlDateTime, $"{path}: Tomlyn reads {theirs?.GetType().Name}");
                break;
            case TomlScalarNode scalar:
                Assert.True(Equals(scalar.Value, theirs), $"{path}: {scalar.Value} ({scalar.Value.GetType().Name}), Tomlyn reads {theirs} ({theirs?.GetType().Name})");
                break;
        }
    }

    /// <summary>A key's location covers the key as written: its bare text, or its quoted form.</summary>
    private static void AssertKeysPointAtTheirText(TomlTableNode table, string[] lines)
    {
        foreach (var entry in table.Entries)
        {
            var location = entry.KeyLocation;
            var line = lines[location.Line - 1].TrimEnd('\r');
            var written = line[(location.Column - 1)..Math.Min(location.EndColumn - 1, line.Length)];
            Assert.True(written == entry.Key || (written.Length >= 2 && written[0] is '"' or '\'' && written[^1] == written[0]),
                $"'{entry.Key}' at {location.Line}:{location.Column} covers '{written}'");
            foreach (var child in Children(entry.Value))
            {
                AssertKeysPointAtTheirText(child, lines);
            }
        }
    }

    private static IEnumerable<TomlTableNode> Children(TomlNode node) => node switch
    {
        TomlTableNode table => [table],
        TomlArrayNode array => array.Items.SelectMany(Children),
        _ => [],
    };

    /// <summary>Parses a corpus file that must be refused, its first diagnostic with the code and position its first line names.</summary>
    private static (string Text, IReadOnlyList<Diagnostic> Diagnostics) ParseRefused(string folder, string name)
    {
        var text = File.ReadAllText(Path.Combine(CorpusFolder, folder, name));
        var match = ExpectLine().Match(text);
        Assert.True(match.Success, "The first line must be '# expect: PMxxxx at LINE:COLUMN'.");
        var diagnostics = new DiagnosticBag();

        var tree = TomlDocumentParser.Parse(text, name, diagnostics);

        Assert.Null(tree);
        var first = diagnostics.Items[0];
        Assert.True(
            (match.Groups[1].Value, int.Parse(match.Groups[2].Value), int.Parse(match.Groups[3].Value)) == (first.Code, first.Location.Line, first.Location.Column),
            first.ToString());
        return (text, diagnostics.Items);
    }

    private static TheoryData<string> Files(string folder)
        => [.. Directory.GetFiles(Path.Combine(CorpusFolder, folder), "*.toml").Select(p => Path.GetFileName(p)).Order(StringComparer.Ordinal)];

    [GeneratedRegex(@"\A# expect: (PM\d{4}) at (\d+):(\d+)")]
    private static partial Regex ExpectLine();
}
