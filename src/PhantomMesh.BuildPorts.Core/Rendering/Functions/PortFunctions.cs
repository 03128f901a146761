using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace PhantomMesh.BuildPorts.Rendering.Functions;

/// <summary>
/// The port helpers templates get from <c>_functions.sbn</c> (<c>exposure_text</c>, <c>health_command</c>, ...),
/// in .NET: a template calls them once per port, and each was dozens of interpreted steps in Scriban. Each returns
/// what the Scriban function of the same name returned; docs/templates.md describes them.
/// </summary>
internal static class PortFunctions
{
    private static readonly ScriptVariableGlobal Environment = new("environment");

    /// <summary><c>service_address port</c>: <c>container:container_port</c>, or the Service's DNS name and port in a Kubernetes environment.</summary>
    public static string ServiceAddress(TemplateContext context, object? port)
    {
        var environment = ModelMembers.Global(context, Environment);
        if (context.ToBool(context.CurrentSpan, ModelMembers.Get(environment, "is_kubernetes", "service_address"))
            && context.ToBool(context.CurrentSpan, ModelMembers.Get(port, "service", "service_address", nameof(port))))
        {
            return ModelMembers.Text(context, ModelMembers.Get(port, "service", "service_address", nameof(port))) + "."
                + ModelMembers.Text(context, ModelMembers.Get(environment, "namespace", "service_address")) + ".svc:"
                + ModelMembers.Text(context, ModelMembers.Get(port, "host_port", "service_address", nameof(port)));
        }

        return ModelMembers.Text(context, ModelMembers.Get(port, "container", "service_address", nameof(port))) + ":"
            + ModelMembers.Text(context, ModelMembers.Get(port, "container_port", "service_address", nameof(port)));
    }

    /// <summary><c>health_url port</c>: the URL an HTTP check requests inside the container.</summary>
    public static string HealthUrl(TemplateContext context, object? port)
        => "http://127.0.0.1:" + ModelMembers.Text(context, ModelMembers.Get(port, "container_port", "health_url", nameof(port)))
            + ModelMembers.Text(context, ModelMembers.Get(ModelMembers.Object(port, "health", "health_url", nameof(port)), "http_path", "health_url"));

    /// <summary><c>health_command port</c>: the shell command that checks the port inside its container, or null.</summary>
    public static object? HealthCommand(TemplateContext context, object? port)
    {
        if (port is null)
        {
            return null;
        }

        var health = ModelMembers.Object(port, "health", "health_command", nameof(port));
        var kind = ModelMembers.Get(health, "kind", "health_command") as string;
        if (kind == "none")
        {
            return null;
        }

        if (kind == "command")
        {
            return ModelMembers.Get(health, "command", "health_command");
        }

        var url = SafeTextFunctions.ShQuote(HealthUrl(context, port));
        return "wget -q -O /dev/null " + url + " || curl -fsS -o /dev/null " + url + " || exit 1";
    }

    /// <summary><c>host_address port</c>: where the host itself reaches the port.</summary>
    public static string HostAddress(TemplateContext context, object? port)
    {
        var address = ModelMembers.Get(port, "published_ip", "host_address", nameof(port));
        if (address is null || address as string == "0.0.0.0")
        {
            return "127.0.0.1";
        }

        if (address as string == "::")
        {
            return "[::1]";
        }

        var text = ModelMembers.Text(context, address);
        return text.Contains(':', StringComparison.Ordinal) ? "[" + text + "]" : text;
    }

    /// <summary><c>host_health_url port</c>: the URL a check from the host requests.</summary>
    public static string HostHealthUrl(TemplateContext context, object? port)
        => "http://" + HostAddress(context, port) + ":" + ModelMembers.Text(context, ModelMembers.Get(port, "host_port", "host_health_url", nameof(port)))
            + ModelMembers.Text(context, ModelMembers.Get(ModelMembers.Object(port, "health", "host_health_url", nameof(port)), "http_path", "host_health_url"));

    /// <summary>
    /// <c>health_text port</c>: a port's check as a reader runs it by hand: <c>curl</c> from the host for a published HTTP check,
    /// <c>docker compose exec</c> into the container for an unpublished one or a command, <c>none</c> without a check.
    /// </summary>
    public static string HealthText(TemplateContext context, object? port)
    {
        var health = ModelMembers.Object(port, "health", "health_text", nameof(port));
        switch (ModelMembers.Get(health, "kind", "health_text") as string)
        {
            case "http" when context.ToBool(context.CurrentSpan, ModelMembers.Get(port, "published", "health_text", nameof(port))):
                return "curl -fsS " + HostHealthUrl(context, port);
            case "http":
                return "docker compose exec " + ModelMembers.Text(context, ModelMembers.Get(port, "container", "health_text", nameof(port)))
                    + " wget -q -O - " + HealthUrl(context, port);
            case "command":
                return "docker compose exec " + ModelMembers.Text(context, ModelMembers.Get(port, "container", "health_text", nameof(port)))
                    + " " + ModelMembers.Text(context, ModelMembers.Get(health, "command", "health_text"));
            default:
                return "none";
        }
    }

    /// <summary><c>exposure_text port</c>: the exposure in words, with where the port is published.</summary>
    public static string ExposureText(TemplateContext context, object? port)
    {
        var exposure = ModelMembers.Object(port, "exposure", "exposure_text", nameof(port));
        var text = ModelMembers.Text(context, ModelMembers.Get(exposure, "text", "exposure_text"));
        if (ModelMembers.Get(exposure, "kind", "exposure_text") as string == "unpublished")
        {
            return text + " (container network only)";
        }

        var publishedIp = ModelMembers.Get(port, "published_ip", "exposure_text", nameof(port));
        return publishedIp is null ? text : text + " (published on " + ModelMembers.Text(context, publishedIp) + " only)";
    }

    /// <summary><c>allow_from_family port family</c>: the port's allow_from blocks of one address family, "4" or "6".</summary>
    public static ScriptArray AllowFromFamily(TemplateContext context, object? port, object? family)
    {
        var blocks = ModelMembers.Get(ModelMembers.Object(port, "exposure", "allow_from_family", nameof(port)), "allow_from", "allow_from_family") as IEnumerable<object?>
            ?? throw new ArgumentException("allow_from_family needs a port whose exposure.allow_from is a list.");
        var wantsIpv6 = family is not null && ModelMembers.Text(context, family) == "6";
        var matching = new ScriptArray();
        foreach (var block in blocks)
        {
            if (IsIpv6(context, block) == wantsIpv6)
            {
                matching.Add(block);
            }
        }

        return matching;
    }

    private static bool IsIpv6(TemplateContext context, object? block)
        => block is not null && ModelMembers.Text(context, block).Contains(':', StringComparison.Ordinal);
}
