using PhantomMesh.BuildPorts.Diagnostics;
using PhantomMesh.BuildPorts.Spec;

namespace PhantomMesh.BuildPorts.Validation.Rules;

/// <summary>PM1205: a host port on a reserved port or inside a reserved block.</summary>
internal sealed class ReservedPortRule : IValidationRule
{
    public void Check(ValidationContext context)
    {
        // Reservations of included specs count too: another project on this host keeps those ports for itself.
        var reservations = context.Specs.All.SelectMany(s => s.Reserved).ToList();
        if (reservations.Count == 0)
        {
            return;
        }

        var owner = new ReservedEntry?[65536];
        var files = context.Specs.All.SelectMany(s => s.Reserved.Select(r => (r, s.File))).ToDictionary(e => e.r, e => e.File, (IEqualityComparer<ReservedEntry>)ReferenceEqualityComparer.Instance);
        foreach (var reserved in reservations)
        {
            for (var port = reserved.Range.Value.First; port <= reserved.Range.Value.Last; port++)
            {
                owner[port] ??= reserved;
            }
        }

        foreach (var port in context.RootPorts)
        {
            if (owner[port.HostPort.Value] is not { } reserved)
            {
                continue;
            }

            var what = reserved.IsBlock ? $"inside the reserved block '{reserved.Name.Value}' ({reserved.Range.Value})" : $"reserved for '{reserved.Name.Value}'";
            if (files[reserved] != context.Root.File)
            {
                what += $" by the included spec {files[reserved]}";
            }
            context.Report(DiagnosticCatalog.ReservedPortUsed, port.HostPort.Location,
                $"Host port {port.HostPort.Value} of '{port.Container.Name}.{port.Name.Value}' is {what}{Describe(reserved)}; pick a free port (phantom-gen next).",
                port,
                new RelatedLocation(reserved.Range.Location, $"'{reserved.Name.Value}' is reserved here"));
        }
    }

    private static string Describe(ReservedEntry reserved)
    {
        var parts = new[] { reserved.Title == reserved.Name.Value ? string.Empty : reserved.Title, reserved.Purpose }
            .Where(p => p.Length > 0);
        var text = string.Join(": ", parts);
        return text.Length == 0 ? string.Empty : $" ({text})";
    }
}
