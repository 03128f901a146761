using PhantomMesh.BuildPorts.Diagnostics;
using PhantomMesh.BuildPorts.Tests.Support;
using PhantomMesh.BuildPorts.Validation;

namespace PhantomMesh.BuildPorts.Tests.Validation;

public class ValidationOptionsTests
{
    private static readonly string Registered = Specs.OnePort("host_port = 24554\ngroup = \"monitoring\"");

    [Fact]
    public void Warnings_stay_warnings_by_default()
    {
        var result = TempSpec.Check(Registered);

        var warning = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticSeverity.Warning, warning.Severity);
        Assert.False(result.HasErrors);
    }

    [Fact]
    public void Warnings_as_errors_fails_the_check()
    {
        var result = TempSpec.Check(Registered, new ValidationOptions { WarningsAsErrors = true });

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(("PM2001", DiagnosticSeverity.Error), (error.Code, error.Severity));
        Assert.True(result.HasErrors);
    }

    [Fact]
    public void A_port_can_suppress_a_warning_with_a_reason()
    {
        var result = TempSpec.Check(Registered + "\nsuppress = { PM2001 = \"binkp is not run on our hosts\" }",
            new ValidationOptions { WarningsAsErrors = true });

        Assert.Empty(result.Diagnostics);
        Assert.Equal(1, result.SuppressedCount);
    }

    [Fact]
    public void Suppression_applies_only_to_the_port_that_declares_it()
    {
        var spec = Registered + "\nsuppress = { PM2001 = \"fine here\" }\n" +
                   "\n[containers.app.ports.other]\nhost_port = 24577\n";

        var result = TempSpec.Check(spec);

        var warning = Assert.Single(result.Diagnostics);
        Assert.Contains("bilobit", warning.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("suppress = { PM9999 = \"x\" }", "PM1010")]
    [InlineData("suppress = { PM2001 = \"\" }", "PM1009")]
    [InlineData("suppress = { PM2001 = 1 }", "PM1009")]
    public void Bad_suppressions_are_errors(string suppress, string code)
    {
        var result = TempSpec.Check(Registered + "\n" + suppress);

        Assert.Contains(result.Diagnostics, d => d.Code == code);
    }
}
