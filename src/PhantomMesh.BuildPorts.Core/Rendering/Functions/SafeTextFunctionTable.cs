using Scriban.Runtime;

namespace PhantomMesh.BuildPorts.Rendering.Functions;

/// <summary>
/// Puts the <see cref="SafeTextFunctions"/> into a template's globals under their snake_case names, read-only.
/// Each is registered from a method group rather than imported by reflection over the type, so a Native AOT build
/// keeps them; the delegate's method still carries its optional parameters (<c>sorted(items)</c> works).
/// </summary>
internal static class SafeTextFunctionTable
{
    public static void AddTo(ScriptObject globals)
    {
        Add(globals, "yaml_str", DelegateCustomFunction.CreateFunc<object?, string>(SafeTextFunctions.YamlStr));
        Add(globals, "compose_str", DelegateCustomFunction.CreateFunc<object?, string>(SafeTextFunctions.ComposeStr));
        Add(globals, "grafana_str", DelegateCustomFunction.CreateFunc<object?, string>(SafeTextFunctions.GrafanaStr));
        Add(globals, "sh_quote", DelegateCustomFunction.CreateFunc<object?, string>(SafeTextFunctions.ShQuote));
        Add(globals, "one_line", DelegateCustomFunction.CreateFunc<object?, string>(SafeTextFunctions.OneLine));
        Add(globals, "md_cell", DelegateCustomFunction.CreateFunc<object?, string>(SafeTextFunctions.MdCell));
        Add(globals, "json_str", DelegateCustomFunction.CreateFunc<object?, string>(SafeTextFunctions.JsonStr));
        Add(globals, "docker_str", DelegateCustomFunction.CreateFunc<object?, string>(SafeTextFunctions.DockerStr));
        Add(globals, "sorted", DelegateCustomFunction.CreateFunc<IEnumerable<object?>?, string?, ScriptArray>(SafeTextFunctions.Sorted));
    }

    private static void Add(ScriptObject globals, string name, IScriptCustomFunction function)
        => globals.SetValue(name, function, readOnly: true);
}
