using PhantomMesh.BuildPorts.Diagnostics;
using PhantomMesh.BuildPorts.Rendering;

namespace PhantomMesh.BuildPorts.Tests.Rendering;

/// <summary>
/// The render's wall-clock limit grows with the spec, a step per 10,000 ports, so a large spec rendered on a busy
/// machine is not taken for an endless loop; a template that runs past it is still stopped with a diagnostic.
/// </summary>
public sealed class RenderTimeLimitTests : IDisposable
{
    private readonly TemplateRendering _temp = new();

    [Theory]
    [InlineData(0, 1)]
    [InlineData(1, 1)]
    [InlineData(10_000, 1)]
    [InlineData(10_001, 2)]
    [InlineData(100_000, 10)]
    public void The_limit_is_the_configured_time_per_ten_thousand_ports(int ports, int multiple)
    {
        var limits = new RenderLimits { Time = TimeSpan.FromSeconds(60) };

        Assert.Equal(TimeSpan.FromSeconds(60 * multiple), limits.TimeFor(ports));
    }

    [Fact]
    public void A_template_running_past_the_limit_is_stopped_with_a_limit_diagnostic()
    {
        var limits = new RenderLimits { Time = TimeSpan.FromMilliseconds(1) };

        var result = _temp.Render(limits, ("slow.txt.sbn", "{{ for i in 1..900000 }}{{ i }}{{ end }}\n"));

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticCatalog.TemplateLimit.Code, diagnostic.Code);
        Assert.Contains("per 10000 ports of the spec", diagnostic.Message, StringComparison.Ordinal);
        Assert.Empty(result.Files);
    }

    public void Dispose() => _temp.Dispose();
}
