using PhantomMesh.BuildPorts.Rendering.Model;
using Scriban;

namespace PhantomMesh.BuildPorts.Rendering.Functions;

/// <summary>
/// The helpers of the built-in <c>firewall/ufw.sh</c>, once Scriban functions defined in that template: it calls them for
/// every port. For a port of the model each returns what that function returned (null, which those read as a port
/// without members, is an error here, as for the other port helpers); docs/templates.md describes them.
/// </summary>
internal static class FirewallFunctions
{
    /// <summary><c>ufw_comment port</c>: a rule's comment, <c>container.name: title</c> on one line, as one shell word.</summary>
    public static string UfwComment(TemplateContext context, object? port)
        => SafeTextFunctions.ShQuote(SafeTextFunctions.OneLine(
            ModelMembers.Text(context, ModelMembers.Get(port, "container", "ufw_comment", nameof(port))) + "."
            + ModelMembers.Text(context, ModelMembers.Get(port, "name", "ufw_comment", nameof(port))) + ": "
            + ModelMembers.Text(context, ModelMembers.Get(port, "title", "ufw_comment", nameof(port)))));

    /// <summary><c>published_on_loopback port</c>: whether the port is published on a loopback address only (127.x.x.x or ::1).</summary>
    public static object PublishedOnLoopback(TemplateContext context, object? port)
        => BoxedBoolean.Of(ModelMembers.TextOrNull(context, ModelMembers.Get(port, "published_ip", "published_on_loopback", nameof(port))) is { } address
            && (address.StartsWith("127.", StringComparison.Ordinal) || address == "::1"));

    /// <summary><c>ufw_destination port</c>: the address a rule's <c>to</c> names, <c>any</c> for a port published on every address.</summary>
    public static string UfwDestination(TemplateContext context, object? port)
        => ModelMembers.TextOrNull(context, ModelMembers.Get(port, "published_ip", "ufw_destination", nameof(port))) is { } address and not ("0.0.0.0" or "::")
            ? SafeTextFunctions.ShQuote(address)
            : "any";
}
