using System.Text.Json;
using PhantomMesh.BuildPorts.Cli.Tests.Infrastructure;
using PhantomMesh.BuildPorts.Diagnostics;

namespace PhantomMesh.BuildPorts.Cli.Tests.Commands;

/// <summary><c>phantom-gen check --format json</c>: one object per diagnostic, parseable by any JSON reader.</summary>
public sealed class CheckJsonTests : IDisposable
{
    private readonly TempFolder _temp = new();

    [Fact]
    public void Valid_spec_prints_an_empty_array_and_exits_0()
    {
        _temp.Write("ports.toml", TestSpecs.Valid);

        var result = InProcess.Run(_temp.Path, "check", "--format", "json");

        Assert.Equal(0, result.ExitCode);
        using var document = JsonDocument.Parse(result.StdOut);
        Assert.Equal(JsonValueKind.Array, document.RootElement.ValueKind);
        Assert.Equal(0, document.RootElement.GetArrayLength());
    }

    [Fact]
    public void Collision_has_every_field_with_the_exact_location_and_the_related_one()
    {
        var spec = _temp.Write("ports.toml", TestSpecs.Collision);
        var (line, column) = TestSpecs.PositionOf(TestSpecs.Collision, "host_port = 24510", occurrence: 2, target: "24510");
        var (otherLine, otherColumn) = TestSpecs.PositionOf(TestSpecs.Collision, "host_port = 24510", occurrence: 1, target: "24510");

        var result = InProcess.Run(_temp.Path, "check", "--format", "json");

        Assert.Equal(1, result.ExitCode);
        Assert.Empty(result.StdErr);
        using var document = JsonDocument.Parse(result.StdOut);
        var diagnostic = Assert.Single(document.RootElement.EnumerateArray());
        Assert.Equal("PM1201", diagnostic.GetProperty("code").GetString());
        Assert.Equal("error", diagnostic.GetProperty("severity").GetString());
        Assert.Equal("Host port already taken", diagnostic.GetProperty("title").GetString());
        Assert.StartsWith("Host port 24510/tcp of 'web.http' is already used by 'app.http'", diagnostic.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.False(string.IsNullOrWhiteSpace(diagnostic.GetProperty("help").GetString()));
        Assert.Equal(DiagnosticDescriptor.DocsPage + "#pm1201", diagnostic.GetProperty("helpLink").GetString());

        var location = diagnostic.GetProperty("location");
        Assert.Equal(spec, location.GetProperty("file").GetString());
        Assert.Equal(line, location.GetProperty("line").GetInt32());
        Assert.Equal(column, location.GetProperty("column").GetInt32());
        Assert.Equal(line, location.GetProperty("endLine").GetInt32());
        Assert.Equal(column + "24510".Length, location.GetProperty("endColumn").GetInt32());

        var related = Assert.Single(diagnostic.GetProperty("related").EnumerateArray());
        Assert.Equal("'app.http' uses host port 24510 here", related.GetProperty("message").GetString());
        Assert.Equal(spec, related.GetProperty("location").GetProperty("file").GetString());
        Assert.Equal(otherLine, related.GetProperty("location").GetProperty("line").GetInt32());
        Assert.Equal(otherColumn, related.GetProperty("location").GetProperty("column").GetInt32());
    }

    [Fact]
    public void Warnings_carry_their_severity_and_exit_0()
    {
        _temp.Write("ports.toml", TestSpecs.WarningOnly);

        var result = InProcess.Run(_temp.Path, "check", "--format", "json");
        var strict = InProcess.Run(_temp.Path, "check", "--format", "json", "--warnings-as-errors");

        Assert.Equal(0, result.ExitCode);
        using var document = JsonDocument.Parse(result.StdOut);
        var warning = Assert.Single(document.RootElement.EnumerateArray());
        Assert.Equal(("PM2001", "warning"), (warning.GetProperty("code").GetString(), warning.GetProperty("severity").GetString()));
        Assert.Equal(1, strict.ExitCode);
        using var strictDocument = JsonDocument.Parse(strict.StdOut);
        Assert.Equal("error", Assert.Single(strictDocument.RootElement.EnumerateArray()).GetProperty("severity").GetString());
    }

    [Fact]
    public void Several_diagnostics_come_in_file_order_and_json_has_no_summary_line()
    {
        _temp.Write("ports.toml", TestSpecs.Reserved);

        var result = InProcess.Run(_temp.Path, "check", "--format", "json");

        Assert.Equal(1, result.ExitCode);
        using var document = JsonDocument.Parse(result.StdOut);
        var codes = document.RootElement.EnumerateArray().Select(d => d.GetProperty("code").GetString()).ToList();
        Assert.Equal(["PM1205", "PM2006", "PM1010"], codes);
        var lines = document.RootElement.EnumerateArray().Select(d => d.GetProperty("location").GetProperty("line").GetInt32()).ToList();
        Assert.Equal(lines.Order(), lines);
    }

    [Fact]
    public void Text_is_written_as_is_not_as_unicode_escapes()
    {
        _temp.Write("ports.toml", TestSpecs.Collision);

        var result = InProcess.Run(_temp.Path, "check", "--format", "json");

        Assert.Contains("'web.http'", result.StdOut, StringComparison.Ordinal);
        Assert.DoesNotContain("\\u0027", result.StdOut, StringComparison.Ordinal);
    }

    public void Dispose() => _temp.Dispose();
}
