using PhantomMesh.BuildPorts.Diagnostics;
using PhantomMesh.BuildPorts.Validation;

namespace PhantomMesh.BuildPorts.Tests.Support;

public static class SpecAssert
{
    /// <summary>Checks the marked spec and asserts a diagnostic with <paramref name="code"/> at the marker.</summary>
    public static Diagnostic ReportsAt(string code, string markedSpec, ValidationOptions? options = null)
    {
        var marked = MarkedText.Parse(markedSpec);
        var result = TempSpec.Check(marked.Text, options);
        var matching = result.Diagnostics.Where(d => d.Code == code).ToList();
        Assert.True(matching.Count > 0,
            $"Expected {code} at ({marked.Line},{marked.Column}); got:\n{string.Join("\n", result.Diagnostics)}");
        var at = matching.FirstOrDefault(d => d.Location.Line == marked.Line && d.Location.Column == marked.Column);
        Assert.True(at is not null,
            $"Expected {code} at ({marked.Line},{marked.Column}); it was reported at:\n{string.Join("\n", matching)}");
        Assert.EndsWith("ports.toml", at!.Location.File, StringComparison.Ordinal);
        Assert.False(string.IsNullOrWhiteSpace(at.Help));
        return at;
    }

    /// <summary>Asserts the spec is free of <paramref name="code"/> (the passing twin of a failing case).</summary>
    public static SpecCheckResult DoesNotReport(string code, string spec, ValidationOptions? options = null)
    {
        var result = TempSpec.Check(spec.Replace(MarkedText.Marker.ToString(), string.Empty, StringComparison.Ordinal), options);
        Assert.True(result.Specs is not null, $"The passing twin did not load:\n{string.Join("\n", result.Diagnostics)}");
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == code);
        return result;
    }
}
