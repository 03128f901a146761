using PhantomMesh.BuildPorts.Diagnostics;
using PhantomMesh.BuildPorts.Tests.Support;

namespace PhantomMesh.BuildPorts.Tests.Validation;

public class RuleTests
{
    [Theory]
    [MemberData(nameof(RuleCases.All), MemberType = typeof(RuleCases))]
    public void Failing_spec_reports_the_code_at_the_marked_position(RuleCases.Case rule)
    {
        var diagnostic = SpecAssert.ReportsAt(rule.Code, rule.Bad);

        var expected = DiagnosticCatalog.Find(rule.Code)!;
        Assert.Equal(expected.DefaultSeverity, diagnostic.Severity);
    }

    [Theory]
    [MemberData(nameof(RuleCases.All), MemberType = typeof(RuleCases))]
    public void Passing_twin_does_not_report_the_code(RuleCases.Case rule)
        => SpecAssert.DoesNotReport(rule.Code, rule.Good);

    [Fact]
    public void Every_spec_code_has_a_rule_case_or_a_dedicated_test()
    {
        var covered = RuleCases.All().Select(c => ((RuleCases.Case)c[0]).Code)
            .Concat(["PM1006", "PM1007"]) // unreadable and oversized input: see MalformedInputTests
            .Concat(["PM1013", "PM1014", "PM1015", "PM1106", "PM2010", "PM2011"]) // included Compose files: see the Compose folder
            .Concat(["PM1016", "PM1017", "PM2012"]) // environments: see Environments/EnvironmentDiagnosticTests
            .Concat(["PM2013"]) // the project's own Compose file: see Import/BaseComposeFileTests
            .ToHashSet();
        var specCodes = DiagnosticCatalog.All.Select(d => d.Code).Where(c => c.StartsWith("PM1", StringComparison.Ordinal) || c.StartsWith("PM2", StringComparison.Ordinal));

        var uncovered = specCodes.Where(c => !covered.Contains(c)).ToList();
        Assert.True(uncovered.Count == 0, "Codes without a test: " + string.Join(", ", uncovered));
    }
}
