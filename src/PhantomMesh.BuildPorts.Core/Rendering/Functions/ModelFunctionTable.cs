using Scriban;
using Scriban.Runtime;

namespace PhantomMesh.BuildPorts.Rendering.Functions;

/// <summary>
/// Puts the helpers the built-in <c>_functions.sbn</c> used to define in Scriban into a template's globals, read-only,
/// under the same names. Every template has them; <c>include "_functions.sbn"</c> still works and defines nothing more,
/// and a project's own <c>_functions.sbn</c> can still define functions of these names (a template's own definitions
/// come first). Registered one by one from delegates, as <see cref="SafeTextFunctionTable"/> does, for Native AOT.
/// </summary>
internal static class ModelFunctionTable
{
    public static readonly string[] Names =
    [
        "generated_notice", "service_address", "k8s_name", "pod_label", "yaml_name", "is_image", "health_url", "health_command",
        "host_address", "host_health_url", "exposure_text", "allow_from_family", "firewall_name", "dockerfile_expose", "dockerfile_healthcheck",
    ];

    public static void AddTo(ScriptObject globals)
    {
        Add(globals, "generated_notice", DelegateCustomFunction.CreateFunc<TemplateContext, string>(NameFunctions.GeneratedNotice));
        Add(globals, "service_address", DelegateCustomFunction.CreateFunc<TemplateContext, object?, string>(PortFunctions.ServiceAddress));
        Add(globals, "k8s_name", DelegateCustomFunction.CreateFunc<TemplateContext, object?, string>(NameFunctions.K8sName));
        Add(globals, "pod_label", DelegateCustomFunction.CreateFunc<TemplateContext, object?, object?>(ContainerFunctions.PodLabel));
        Add(globals, "yaml_name", DelegateCustomFunction.CreateFunc<TemplateContext, object?, object?>(NameFunctions.YamlName));
        Add(globals, "is_image", DelegateCustomFunction.CreateFunc<TemplateContext, object?, object?, bool>(NameFunctions.IsImage));
        Add(globals, "health_url", DelegateCustomFunction.CreateFunc<TemplateContext, object?, string>(PortFunctions.HealthUrl));
        Add(globals, "health_command", DelegateCustomFunction.CreateFunc<TemplateContext, object?, object?>(PortFunctions.HealthCommand));
        Add(globals, "host_address", DelegateCustomFunction.CreateFunc<TemplateContext, object?, string>(PortFunctions.HostAddress));
        Add(globals, "host_health_url", DelegateCustomFunction.CreateFunc<TemplateContext, object?, string>(PortFunctions.HostHealthUrl));
        Add(globals, "exposure_text", DelegateCustomFunction.CreateFunc<TemplateContext, object?, string>(PortFunctions.ExposureText));
        Add(globals, "allow_from_family", DelegateCustomFunction.CreateFunc<TemplateContext, object?, object?, ScriptArray>(PortFunctions.AllowFromFamily));
        Add(globals, "firewall_name", DelegateCustomFunction.CreateFunc<TemplateContext, string>(NameFunctions.FirewallName));
        Add(globals, "dockerfile_expose", DelegateCustomFunction.CreateFunc<TemplateContext, object?, string>(ContainerFunctions.DockerfileExpose));
        Add(globals, "dockerfile_healthcheck", DelegateCustomFunction.CreateFunc<TemplateContext, object?, string>(ContainerFunctions.DockerfileHealthcheck));
    }

    private static void Add(ScriptObject globals, string name, IScriptCustomFunction function)
        => globals.SetValue(name, function, readOnly: true);
}
