using PhantomMesh.BuildPorts.Diagnostics;
using PhantomMesh.BuildPorts.Rendering;
using PhantomMesh.BuildPorts.Rendering.Sandbox;
using Scriban.Parsing;
using Scriban.Syntax;

namespace PhantomMesh.BuildPorts.Tests.Rendering;

/// <summary>
/// Each way a template can fail gets its own code and position, known by what was thrown and never by the message's
/// words; a failure that is a bug of the tool is not dressed up as a template error.
/// </summary>
public sealed class RenderFailureTests : IDisposable
{
    private static readonly RenderLimits Small = new() { LoopIterations = 50, RecursionDepth = 16, OutputCharacters = 1000, StringCharacters = 200 };

    private readonly TemplateRendering _temp = new();

    private (string Code, int Line, int Column) Failure(string template, RenderLimits? limits = null)
    {
        var result = _temp.Render(limits ?? Small, ("a.txt.sbn", template));
        Assert.Empty(result.Files);
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.EndsWith("a.txt.sbn", diagnostic.Location.File, StringComparison.Ordinal);
        return (diagnostic.Code, diagnostic.Location.Line, diagnostic.Location.Column);
    }

    [Fact]
    public void Loop_past_the_loop_limit_is_a_limit_at_the_loop_that_passed_it()
        => Assert.Equal(("PM3006", 2, 24), Failure("first line\n{{ for i in 1..40 }}{{ for j in 1..40 }}{{ end }}{{ end }}"));

    [Fact]
    public void Recursion_past_the_depth_limit_is_a_limit_at_the_call()
        => Assert.Equal(("PM3006", 1, 19), Failure("{{ func f(x); ret f(x + 1); end; f(1) }}"));

    [Fact]
    public void Recursion_through_a_function_named_without_arguments_is_a_limit_too()
        => Assert.Equal("PM3006", Failure("{{ func g; ret g; end; g }}").Code);

    [Fact]
    public void Output_past_the_output_limit_is_a_limit()
        => Assert.Equal("PM3006", Failure("{{ for i in 1..45 }}xxxxxxxxxxxxxxxxxxxxxxxxxxxxx{{ end }}", Small with { StringCharacters = 100_000 }).Code);

    [Fact]
    public void String_past_the_string_limit_is_a_limit()
        => Assert.Equal("PM3006", Failure("{{ x = ''; for i in 1..45; x = x + 'xxxxxxxxxx'; end; x }}").Code);

    [Fact]
    public void Runtime_error_is_a_runtime_error_at_its_expression()
        => Assert.Equal(("PM3002", 2, 4), Failure("first line\n{{ date.now }}"));

    [Fact]
    public void Runtime_error_whose_words_mention_a_limit_is_still_a_runtime_error()
        => Assert.Equal(("PM3002", 1, 4), Failure("{{ loop_limit_exceeded }}"));

    [Fact]
    public void Syntax_error_in_an_included_partial_is_a_syntax_error_in_the_partial()
    {
        var result = _temp.Render(Small, ("_broken.sbn", "ok\n{{ if }}\n"), ("a.txt.sbn", "{{ include '_broken.sbn' }}"));

        Assert.All(result.Diagnostics, d => Assert.Equal("PM3001", d.Code));
        var diagnostic = result.Diagnostics[0];
        Assert.EndsWith("_broken.sbn", diagnostic.Location.File, StringComparison.Ordinal);
        Assert.Equal(2, diagnostic.Location.Line);
    }

    [Fact]
    public void A_bug_of_the_tool_is_thrown_on_not_reported_as_a_template_error()
    {
        var diagnostics = new DiagnosticBag();
        var failures = new TemplateFailures(new TemplateLocations(new SandboxedTemplateLoader(new TemplateSet([]))), RenderLimits.Default, RenderLimits.Default.Time, diagnostics);
        var source = new TemplateSource("a.txt.sbn", "{{ x }}", "templates/a.txt.sbn", IsBuiltIn: false);

        Assert.Throws<NullReferenceException>(() => failures.Run(source, () => throw new NullReferenceException()));

        // Scriban wraps what a function throws; the bug inside comes out as itself.
        Assert.Throws<NullReferenceException>(() => failures.Run(source,
            () => throw new ScriptRuntimeException(new SourceSpan("a.txt.sbn", default, default), "wrapped", new NullReferenceException())));
        Assert.Empty(diagnostics.Items);
    }

    public void Dispose() => _temp.Dispose();
}
