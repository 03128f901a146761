using PhantomMesh.BuildPorts.Diagnostics;
using PhantomMesh.BuildPorts.Spec;

namespace PhantomMesh.BuildPorts.Validation.Rules;

/// <summary>
/// PM2013: the project's own Compose file (<c>[project] compose_file</c>, read by the loader with its
/// <c>.env</c>) publishes a port. Compose adds the ports of compose.ports.yml to the file's own, so a
/// port both publish binds twice, and a port only the file publishes is one the spec does not know.
/// Reported at the entry in the Compose file.
/// </summary>
internal sealed class BaseComposeFileRule : IValidationRule
{
    public void Check(ValidationContext context)
    {
        if (context.Specs.BaseCompose is not { } compose)
        {
            return;
        }

        // The spec's ports by host port and protocol, in the spec's order, so each entry of the file looks at its own few.
        var byHostPort = context.RootPorts.ToLookup(p => (p.HostPort.Value, p.Protocol.Value));
        foreach (var published in compose.Ports)
        {
            var owned = byHostPort[(published.HostPort.Value, published.Protocol.Value)]
                .FirstOrDefault(p => p.IsPublished && IpText.Overlap(p.PublishedAddress, published.PublishedAddress));
            var service = published.Container.Name;
            var message = owned is null
                ? $"Service '{service}' publishes host port {published.HostPort.Value}/{published.Protocol.Value.ToLowerName()} (\"{published.Name.Value}\"), which the spec does not own; move it into the spec (phantom-gen import --split), or the two files disagree."
                : $"Service '{service}' publishes host port {published.HostPort.Value}/{published.Protocol.Value.ToLowerName()} (\"{published.Name.Value}\"), which the spec owns as '{owned.Container.Name}.{owned.Name.Value}'; compose.ports.yml publishes it too, so it binds twice. Remove this entry.";
            context.Report(DiagnosticCatalog.BaseComposePublishes, published.HostPort.Location, message, owned);
        }
    }
}
