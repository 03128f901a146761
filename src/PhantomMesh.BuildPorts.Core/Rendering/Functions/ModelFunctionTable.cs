using Scriban.Runtime;

namespace PhantomMesh.BuildPorts.Rendering.Functions;

/// <summary>
/// Puts the helpers the built-in <c>_functions.sbn</c> used to define in Scriban (and those PORTS.md and firewall/ufw.sh
/// defined for themselves) into a template's globals, read-only, under the same names. Every template has them;
/// <c>include "_functions.sbn"</c> still works and defines nothing more, and a project's own <c>_functions.sbn</c> can
/// still define functions of these names (a template's own definitions come first). Each is a <see cref="TemplateFunction"/>: no reflection, for Native AOT and for speed.
/// </summary>
internal static class ModelFunctionTable
{
    public static void AddTo(ScriptObject globals)
    {
        Add(globals, "generated_notice", TemplateFunction.Of(NameFunctions.GeneratedNotice));
        Add(globals, "service_address", TemplateFunction.Of("port", PortFunctions.ServiceAddress));
        Add(globals, "k8s_name", TemplateFunction.Of("name", NameFunctions.K8sName));
        Add(globals, "pod_label", TemplateFunction.Of("container", ContainerFunctions.PodLabel));
        Add(globals, "yaml_name", TemplateFunction.Of("name", NameFunctions.YamlName));
        Add(globals, "is_image", TemplateFunction.Of("image", "repository", (context, image, repository) => NameFunctions.IsImage(context, image, repository)));
        Add(globals, "health_url", TemplateFunction.Of("port", PortFunctions.HealthUrl));
        Add(globals, "health_command", TemplateFunction.Of("port", PortFunctions.HealthCommand));
        Add(globals, "host_address", TemplateFunction.Of("port", PortFunctions.HostAddress));
        Add(globals, "host_health_url", TemplateFunction.Of("port", PortFunctions.HostHealthUrl));
        Add(globals, "health_text", TemplateFunction.Of("port", PortFunctions.HealthText));
        Add(globals, "exposure_text", TemplateFunction.Of("port", PortFunctions.ExposureText));
        Add(globals, "allow_from_family", TemplateFunction.Of("port", "family", PortFunctions.AllowFromFamily));
        Add(globals, "ufw_comment", TemplateFunction.Of("port", FirewallFunctions.UfwComment));
        Add(globals, "published_on_loopback", TemplateFunction.Of("port", FirewallFunctions.PublishedOnLoopback));
        Add(globals, "ufw_destination", TemplateFunction.Of("port", FirewallFunctions.UfwDestination));
        Add(globals, "firewall_name", TemplateFunction.Of(NameFunctions.FirewallName));
        Add(globals, "dockerfile_expose", TemplateFunction.Of("container", ContainerFunctions.DockerfileExpose));
        Add(globals, "dockerfile_healthcheck", TemplateFunction.Of("container", ContainerFunctions.DockerfileHealthcheck));
    }

    private static void Add(ScriptObject globals, string name, IScriptCustomFunction function)
        => globals.SetValue(name, function, readOnly: true);
}
