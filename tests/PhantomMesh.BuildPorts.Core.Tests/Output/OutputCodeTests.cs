using PhantomMesh.BuildPorts.Diagnostics;

namespace PhantomMesh.BuildPorts.Tests.Output;

public class OutputCodeTests
{
    [Theory]
    [InlineData("PM3004", "Output path outside the output folder")]
    [InlineData("PM3005", "Two outputs with one path")]
    [InlineData("PM3008", "Output cannot be written")]
    public void Output_codes_are_catalogued_as_errors_with_help(string code, string title)
    {
        var descriptor = DiagnosticCatalog.Find(code);

        Assert.NotNull(descriptor);
        Assert.Equal(title, descriptor.Title);
        Assert.Equal(DiagnosticSeverity.Error, descriptor.DefaultSeverity);
        Assert.True(descriptor.Help.Length > 40, $"{code} needs help that says how to fix it.");
    }
}
