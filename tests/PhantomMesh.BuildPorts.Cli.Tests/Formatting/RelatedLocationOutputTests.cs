using System.Text.Json;
using System.Text.RegularExpressions;
using PhantomMesh.BuildPorts.Cli.Tests.Infrastructure;

namespace PhantomMesh.BuildPorts.Cli.Tests.Formatting;

/// <summary>
/// A collision's other side is a related location, not part of the message: each output format
/// shows that place exactly once, where the format keeps related places.
/// </summary>
public sealed class RelatedLocationOutputTests : IDisposable
{
    private readonly TempFolder _temp = new();
    private readonly (int Line, int Column) _other = TestSpecs.PositionOf(TestSpecs.Collision, "host_port = 24510", occurrence: 1, target: "24510");

    public RelatedLocationOutputTests() => _temp.Write("ports.toml", TestSpecs.Collision);

    private string OtherPlace => $"ports.toml({_other.Line},{_other.Column})";

    [Fact]
    public void The_message_names_the_other_port_but_not_its_line()
    {
        var diagnostic = Assert.Single(Json().RootElement.EnumerateArray());

        var message = diagnostic.GetProperty("message").GetString()!;
        Assert.Contains("'app.http'", message, StringComparison.Ordinal);
        Assert.DoesNotContain("line", message, StringComparison.Ordinal);
        Assert.DoesNotContain(_other.Line.ToString(System.Globalization.CultureInfo.InvariantCulture), message, StringComparison.Ordinal);
    }

    [Fact]
    public void Text_shows_the_other_place_once_in_its_note()
    {
        var result = InProcess.Run(_temp.Path, "check");

        Assert.Equal(1, Occurrences(result.StdOut, OtherPlace));
        Assert.Contains(result.OutLines, l => l.StartsWith("  note: ", StringComparison.Ordinal) && l.EndsWith(OtherPlace, StringComparison.Ordinal));
    }

    [Fact]
    public void Json_carries_the_other_place_once_as_related()
    {
        var diagnostic = Assert.Single(Json().RootElement.EnumerateArray());

        var related = Assert.Single(diagnostic.GetProperty("related").EnumerateArray()).GetProperty("location");
        Assert.Equal((_other.Line, _other.Column), (related.GetProperty("line").GetInt32(), related.GetProperty("column").GetInt32()));
    }

    [Fact]
    public void Sarif_carries_the_other_place_once_as_a_related_location()
    {
        var result = InProcess.Run(_temp.Path, "check", "--format", "sarif");
        using var document = JsonDocument.Parse(result.StdOut);

        var sarifResult = Assert.Single(document.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray());
        var region = Assert.Single(sarifResult.GetProperty("relatedLocations").EnumerateArray()).GetProperty("physicalLocation").GetProperty("region");
        Assert.Equal((_other.Line, _other.Column), (region.GetProperty("startLine").GetInt32(), region.GetProperty("startColumn").GetInt32()));
        Assert.DoesNotContain("line", sarifResult.GetProperty("message").GetProperty("text").GetString()!, StringComparison.Ordinal);
    }

    [Fact]
    public void A_GitHub_annotation_names_the_other_place_once_after_the_message()
    {
        var result = InProcess.Run(_temp.Path, "check", "--format", "github");

        var annotation = Assert.Single(result.OutLines);
        Assert.Equal(1, Occurrences(annotation, OtherPlace));
        Assert.Contains($"('app.http' uses host port 24510 here: {OtherPlace})", annotation, StringComparison.Ordinal);
    }

    public void Dispose() => _temp.Dispose();

    private JsonDocument Json() => JsonDocument.Parse(InProcess.Run(_temp.Path, "check", "--format", "json").StdOut);

    private static int Occurrences(string text, string value) => Regex.Matches(text, Regex.Escape(value)).Count;
}
