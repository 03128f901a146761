using Scriban.Runtime;

namespace PhantomMesh.BuildPorts.Rendering.Functions;

/// <summary>
/// Puts the <see cref="SafeTextFunctions"/> into a template's globals under their snake_case names, read-only.
/// Each is registered from a method group rather than imported by reflection over the type, so a Native AOT build
/// keeps them. The one-argument ones are <see cref="TemplateFunction"/>s, called without reflection (templates call
/// them for every port); <c>sorted</c> keeps Scriban's delegate wrapper, whose method carries its optional parameter.
/// </summary>
internal static class SafeTextFunctionTable
{
    public static void AddTo(ScriptObject globals)
    {
        Add(globals, "yaml_str", TemplateFunction.Of("value", SafeTextFunctions.YamlStr));
        Add(globals, "compose_str", TemplateFunction.Of("value", SafeTextFunctions.ComposeStr));
        Add(globals, "grafana_str", TemplateFunction.Of("value", SafeTextFunctions.GrafanaStr));
        Add(globals, "sh_quote", TemplateFunction.Of("value", SafeTextFunctions.ShQuote));
        Add(globals, "one_line", TemplateFunction.Of("value", SafeTextFunctions.OneLine));
        Add(globals, "md_cell", TemplateFunction.Of("value", SafeTextFunctions.MdCell));
        Add(globals, "json_str", TemplateFunction.Of("value", SafeTextFunctions.JsonStr));
        Add(globals, "docker_str", TemplateFunction.Of("value", SafeTextFunctions.DockerStr));
        Add(globals, "sorted", DelegateCustomFunction.CreateFunc<IEnumerable<object?>?, string?, ScriptArray>(SafeTextFunctions.Sorted));
    }

    private static void Add(ScriptObject globals, string name, IScriptCustomFunction function)
        => globals.SetValue(name, function, readOnly: true);
}
