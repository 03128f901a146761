using System.Text;
using PhantomMesh.BuildPorts.Loading;
using PhantomMesh.BuildPorts.Spec;
using PhantomMesh.BuildPorts.Tests.Support;
using PhantomMesh.BuildPorts.Validation;

namespace PhantomMesh.BuildPorts.Tests.Validation;

/// <summary>
/// A large spec's rules run as two halves on two threads: the diagnostics (their order included) and the
/// count of suppressed warnings must be those of the rules run in turn.
/// </summary>
public sealed class ParallelValidationTests
{
    [Theory]
    [MemberData(nameof(RuleCases.All), MemberType = typeof(RuleCases))]
    public void Every_rule_reports_the_same_on_two_threads_as_in_turn(RuleCases.Case rule)
    {
        foreach (var text in new[] { rule.Bad, rule.Good })
        {
            // A bad spec of a loading rule (TOML syntax, say) never reaches the rules; its good twin does.
            var specs = Load(text.Replace(MarkedText.Marker.ToString(), string.Empty, StringComparison.Ordinal), mustLoad: text == rule.Good);
            if (specs is null)
            {
                continue;
            }

            AssertSameResult(SpecValidator.Validate(specs, null, parallelFrom: int.MaxValue), SpecValidator.Validate(specs, null, parallelFrom: 0));
        }
    }

    [Fact]
    public void A_large_spec_with_findings_of_both_halves_gets_them_in_the_order_of_a_run_in_turn()
    {
        var specs = Load(LargeSpecWithFindings(SpecValidator.ParallelFrom + 500))!;

        var inTurn = SpecValidator.Validate(specs, null, parallelFrom: int.MaxValue);
        var parallel = SpecValidator.Validate(specs);

        AssertSameResult(inTurn, parallel);
        // Findings of the first half (a collision, PM1201), of the second (IANA, PM2001), and suppressions of the second.
        Assert.Contains(parallel.Diagnostics, d => d.Code == "PM1201");
        Assert.Contains(parallel.Diagnostics, d => d.Code == "PM2001");
        Assert.True(parallel.SuppressedCount > 0);
    }

    private static void AssertSameResult(ValidationResult expected, ValidationResult actual)
    {
        Assert.Equal(Lines(expected), Lines(actual));
        Assert.Equal(expected.SuppressedCount, actual.SuppressedCount);
    }

    private static string Lines(ValidationResult result)
        => string.Join('\n', result.Diagnostics.Select(d => $"{d.Location.Line}:{d.Location.Column} {d.Severity} {d.Code} {d.Message}"));

    private static SpecSet? Load(string text, bool mustLoad = true)
    {
        using var temp = new TempSpec();
        var loaded = SpecLoader.Load(temp.Write("ports.toml", text));
        Assert.True(loaded.Specs is not null || !mustLoad, string.Join('\n', loaded.Diagnostics));
        return loaded.Specs;
    }

    /// <summary>Ports on IANA-registered numbers (some suppressed), and every tenth one colliding with the one before.</summary>
    private static string LargeSpecWithFindings(int ports)
    {
        var text = new StringBuilder("[project]\nname = \"large\"\nhost_range = \"1024-65535\"\n");
        for (var i = 0; i < ports; i++)
        {
            var hostPort = i % 10 == 9 ? 2000 + i - 1 : 2000 + i;
            text.Append("\n[containers.c").Append(i).Append("]\nimage = \"nginx:1.27\"\n")
                .Append("\n[containers.c").Append(i).Append(".ports.p]\nhost_port = ").Append(hostPort)
                .Append("\ncontainer_port = 8080\n");
            if (i % 7 == 0)
            {
                text.Append("suppress = { PM2001 = \"tested\" }\n");
            }
        }

        return text.ToString();
    }
}
