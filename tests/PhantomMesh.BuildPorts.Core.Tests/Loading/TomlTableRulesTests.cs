using PhantomMesh.BuildPorts.Diagnostics;
using PhantomMesh.BuildPorts.Loading.Toml;

namespace PhantomMesh.BuildPorts.Tests.Loading;

/// <summary>
/// TOML's rule that a key or table is defined once, applied while the text is read: in small tables
/// and in tables large enough to be indexed, never for what a refused header holds, and never beside
/// a syntax error (which is reported alone).
/// </summary>
public sealed class TomlTableRulesTests
{
    [Theory]
    [InlineData(3)]
    [InlineData(20)]
    public void A_key_defined_twice_is_reported_at_the_second_with_the_first_as_related(int keys)
    {
        var lines = Enumerable.Range(0, keys).Select(i => $"key{i} = {i}").Append("key1 = 99").Prepend("[table]");
        var diagnostics = new DiagnosticBag();

        var tree = TomlDocumentParser.Parse(string.Join('\n', lines), "ports.toml", diagnostics);

        Assert.Null(tree);
        var duplicate = Assert.Single(diagnostics.Items);
        Assert.Equal(DiagnosticCatalog.DuplicateName.Code, duplicate.Code);
        Assert.Equal(keys + 2, duplicate.Location.Line);
        Assert.Equal(3, Assert.Single(duplicate.Related).Location.Line);
    }

    [Fact]
    public void Every_key_of_a_table_larger_than_a_few_keys_is_found()
    {
        var text = "[table]\n" + string.Join('\n', Enumerable.Range(0, 40).Select(i => $"key{i} = {i}"));

        var tree = TomlDocumentParser.Parse(text, "ports.toml", new DiagnosticBag());

        Assert.True(tree!.TryGet("table", out var table));
        var node = Assert.IsType<TomlTableNode>(table.Value);
        Assert.All(Enumerable.Range(0, 40), i => Assert.True(node.TryGet($"key{i}", out var entry) && Equals(((TomlScalarNode)entry.Value).Value, (long)i)));
        Assert.False(node.TryGet("key40", out _));
    }

    [Fact]
    public void What_a_table_defined_twice_holds_is_not_reported_again()
    {
        var diagnostics = new DiagnosticBag();

        TomlDocumentParser.Parse("[a]\nx = 1\n[a]\nx = 1\nx = 2\ny = { z = 1, z = 2 }\n", "ports.toml", diagnostics);

        var duplicate = Assert.Single(diagnostics.Items);
        Assert.Equal(DiagnosticCatalog.DuplicateName.Code, duplicate.Code);
        Assert.Equal(3, duplicate.Location.Line);
    }

    [Fact]
    public void A_key_defined_twice_before_a_syntax_error_is_left_to_the_syntax_error()
    {
        var diagnostics = new DiagnosticBag();

        var tree = TomlDocumentParser.Parse("a = 1\na = 2\nb = \n", "ports.toml", diagnostics);

        Assert.Null(tree);
        Assert.NotEmpty(diagnostics.Items);
        Assert.All(diagnostics.Items, d => Assert.Equal(DiagnosticCatalog.TomlSyntax.Code, d.Code));
    }
}
