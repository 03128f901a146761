namespace PhantomMesh.BuildPorts.Tests.Rendering;

/// <summary>
/// <c>array.filter</c> calls its predicate once per element, however often the template reads the result: a filtered
/// list read for its size and then looped over costs one pass, not one per read. The elements, their order and how the
/// result prints are Scriban's.
/// </summary>
public sealed class EagerFilterTests : IDisposable
{
    private readonly TemplateRendering _temp = new();

    [Fact]
    public void The_predicate_runs_once_per_element_however_often_the_result_is_read()
    {
        const string template = """
            {{- calls = 0
            $even = [1, 2, 3, 4, 5, 6] | array.filter @(do; calls = calls + 1; ret $0 % 2 == 0; end) -}}
            {{ $even.size }} {{ $even.size }} {{ for n in $even }}{{ n }}{{ end }} {{ $even }} {{ $even | array.first }} calls={{ calls }}
            """;

        var result = _temp.Render(("f.txt.sbn", template));

        Assert.Empty(result.Diagnostics);
        Assert.Equal("3 3 246 [2, 4, 6] 2 calls=6", Assert.Single(result.Files).Content);
    }

    [Fact]
    public void A_failing_predicate_is_still_reported_at_its_line()
    {
        var result = _temp.Render(("f.txt.sbn", "ok\n{{ $x = [1] | array.filter @(do; ret no_such_variable; end) }}{{ $x.size }}\n"));

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(2, diagnostic.Location.Line);
    }

    public void Dispose() => _temp.Dispose();
}
