using System.Reflection;
using System.Text.Encodings.Web;
using System.Text.Json;
using PhantomMesh.BuildPorts.Rendering.Functions;
using Scriban;
using Scriban.Runtime;

namespace PhantomMesh.BuildPorts.Tests.Rendering;

/// <summary>
/// The template functions are registered one by one (no reflection, for the Native AOT build): every public
/// function of <see cref="SafeTextFunctions"/> is there under the snake_case name templates use, read-only, and
/// calls with optional arguments left out still work.
/// </summary>
public sealed class SafeTextFunctionTableTests
{
    [Fact]
    public void Every_safe_text_function_is_registered_read_only_under_its_snake_case_name()
    {
        var globals = new ScriptObject();
        SafeTextFunctionTable.AddTo(globals);

        var expected = typeof(SafeTextFunctions).GetMethods(BindingFlags.Public | BindingFlags.Static | BindingFlags.DeclaredOnly)
            .Select(method => StandardMemberRenamer.Default(method))
            .Order(StringComparer.Ordinal)
            .ToList();
        Assert.Contains("yaml_str", expected);
        Assert.Equal(expected, globals.Keys.Order(StringComparer.Ordinal));
        Assert.All(expected, name => Assert.False(globals.CanWrite(name), $"{name} can be reassigned by a template"));
    }

    [Theory]
    [InlineData("{{ sorted([3, 1, 2]) | array.join ',' }}", "1,2,3")]
    [InlineData("{{ sorted([{n: 2}, {n: 1}], 'n') | array.map 'n' | array.join ',' }}", "1,2")]
    [InlineData("{{ one_line \"a\\n b\" }}|{{ yaml_str 'x\"' }}|{{ sh_quote \"it's\" }}", "a b|\"x\\\"\"|'it'\\''s'")]
    public void Registered_functions_render_with_and_without_optional_arguments(string template, string expected)
    {
        var globals = new ScriptObject();
        SafeTextFunctionTable.AddTo(globals);
        var context = new TemplateContext();
        context.PushGlobal(globals);

        Assert.Equal(expected, Template.Parse(template).Render(context));
    }

    [Theory]
    [InlineData("plain")]
    [InlineData("quotes \" and \\ backslash, 'single' <tags> & amp")]
    [InlineData("control \u0001\u001f\t\r\n and \u007f \u0085 \u2028 \u2029")]
    [InlineData("non-ASCII: é 漢字 😀 and a supplementary \U0001F600")]
    [InlineData("")]
    public void Json_str_writes_what_the_json_serializer_writes(string text)
    {
        var serialized = JsonSerializer.Serialize(text, new JsonSerializerOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });

        Assert.Equal(serialized, SafeTextFunctions.JsonStr(text));
    }
}
