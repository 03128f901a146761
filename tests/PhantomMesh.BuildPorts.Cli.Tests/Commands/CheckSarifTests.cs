using System.Text.Json;
using PhantomMesh.BuildPorts.Cli.Tests.Infrastructure;
using PhantomMesh.BuildPorts.Diagnostics;

namespace PhantomMesh.BuildPorts.Cli.Tests.Commands;

/// <summary>
/// <c>check --format sarif</c>: SARIF 2.1.0 that validates against the official JSON Schema (as the
/// SARIF SDK ships it on npm) and passes the SARIF Multitool's validator, for code-scanning upload.
/// </summary>
public sealed class CheckSarifTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public static TheoryData<string> Specs => new() { "collision", "warning", "syntax", "keys", "reserved", "include", "valid" };

    [SkippableTheory]
    [MemberData(nameof(Specs))]
    public async Task Output_validates_against_the_SARIF_2_1_0_schema(string name)
    {
        var sarif = WriteSarif(name, out _);

        var validation = await NodeValidator.ValidateSarifAsync(sarif, withMultitool: false);

        Assert.True(validation.Succeeded, validation.ToString());
        Assert.Contains("valid against Static Analysis Results Format (SARIF) Version 2.1.0 JSON Schema", validation.StdOut, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Output_passes_the_SARIF_multitool_validator()
    {
        var sarif = WriteSarif("reserved", out _);

        var validation = await NodeValidator.ValidateSarifAsync(sarif, withMultitool: true);

        Assert.True(validation.Succeeded, validation.ToString());
        Assert.Contains("Sarif.Multitool validate found no error", validation.StdOut, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task The_validator_rejects_a_log_that_breaks_the_schema()
    {
        // Proves the schema check is not a no-op: a result without a message is invalid SARIF.
        var broken = _temp.Write("broken.sarif", """
            {"version":"2.1.0","runs":[{"tool":{"driver":{"name":"x"}},"results":[{"ruleId":"PM1201"}]}]}
            """);

        var validation = await NodeValidator.ValidateSarifAsync(broken, withMultitool: false);

        Assert.Equal(1, validation.ExitCode);
        Assert.Contains("message", validation.StdOut, StringComparison.Ordinal);
    }

    [Fact]
    public void Results_point_at_their_rule_and_at_the_spec_relative_to_the_source_root()
    {
        WriteSarif("collision", out var result);
        var (line, column) = TestSpecs.PositionOf(TestSpecs.Collision, "host_port = 24510", occurrence: 2, target: "24510");

        Assert.Equal(1, result.ExitCode);
        using var document = JsonDocument.Parse(result.StdOut);
        var run = Assert.Single(document.RootElement.GetProperty("runs").EnumerateArray());
        Assert.Equal("2.1.0", document.RootElement.GetProperty("version").GetString());
        var driver = run.GetProperty("tool").GetProperty("driver");
        Assert.Equal("phantom-gen", driver.GetProperty("name").GetString());
        Assert.Equal(typeof(PhantomGen).Assembly.GetName().Version!.ToString(3), driver.GetProperty("semanticVersion").GetString());
        var rules = driver.GetProperty("rules").EnumerateArray().ToList();
        Assert.Equal(rules.Count, rules.Select(r => r.GetProperty("id").GetString()).Distinct().Count());
        Assert.All(rules, rule => Assert.Equal(DiagnosticDescriptor.DocsPage + "#" + rule.GetProperty("id").GetString()!.ToLowerInvariant(), rule.GetProperty("helpUri").GetString()));

        var sarifResult = Assert.Single(run.GetProperty("results").EnumerateArray());
        Assert.Equal("PM1201", sarifResult.GetProperty("ruleId").GetString());
        Assert.Equal("error", sarifResult.GetProperty("level").GetString());
        Assert.Equal("PM1201", rules[sarifResult.GetProperty("ruleIndex").GetInt32()].GetProperty("id").GetString());
        var physical = Assert.Single(sarifResult.GetProperty("locations").EnumerateArray()).GetProperty("physicalLocation");
        Assert.Equal("ports.toml", physical.GetProperty("artifactLocation").GetProperty("uri").GetString());
        Assert.Equal("SRCROOT", physical.GetProperty("artifactLocation").GetProperty("uriBaseId").GetString());
        Assert.Equal(line, physical.GetProperty("region").GetProperty("startLine").GetInt32());
        Assert.Equal(column, physical.GetProperty("region").GetProperty("startColumn").GetInt32());
        Assert.Equal(column + 5, physical.GetProperty("region").GetProperty("endColumn").GetInt32());
        var root = run.GetProperty("originalUriBaseIds").GetProperty("SRCROOT").GetProperty("uri").GetString()!;
        Assert.Equal(new Uri(_temp.Path + "/").AbsoluteUri, root);
        Assert.Single(sarifResult.GetProperty("relatedLocations").EnumerateArray());
    }

    [Fact]
    public void Warnings_are_warnings_and_exit_0()
    {
        WriteSarif("warning", out var result);

        Assert.Equal(0, result.ExitCode);
        using var document = JsonDocument.Parse(result.StdOut);
        var sarifResult = Assert.Single(document.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray());
        Assert.Equal(("PM2001", "warning"), (sarifResult.GetProperty("ruleId").GetString(), sarifResult.GetProperty("level").GetString()));
    }

    public void Dispose() => _temp.Dispose();

    private string WriteSarif(string name, out CliResult result)
    {
        var spec = name switch
        {
            "collision" => TestSpecs.Collision,
            "warning" => TestSpecs.WarningOnly,
            "syntax" => TestSpecs.SyntaxError,
            "keys" => TestSpecs.BadKeys,
            "reserved" => TestSpecs.Reserved,
            "include" => TestSpecs.MissingInclude,
            _ => TestSpecs.Valid,
        };
        _temp.Write("ports.toml", spec);
        result = InProcess.Run(_temp.Path, "check", "--format", "sarif");
        Assert.Empty(result.StdErr);
        return _temp.Write(name + ".sarif", result.StdOut);
    }
}
