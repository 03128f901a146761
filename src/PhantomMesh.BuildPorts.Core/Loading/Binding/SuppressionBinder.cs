using PhantomMesh.BuildPorts.Diagnostics;
using PhantomMesh.BuildPorts.Loading.Toml;

namespace PhantomMesh.BuildPorts.Loading.Binding;

/// <summary>Reads <c>suppress = { PM2001 = "reason" }</c>: warnings a port accepts, each with the reason why.</summary>
internal static class SuppressionBinder
{
    /// <summary>What a port without a suppress table shares (most ports of a large spec).</summary>
    private static readonly IReadOnlyDictionary<string, string> None = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase).AsReadOnly();

    public static IReadOnlyDictionary<string, string> Bind(TableReader port)
    {
        if (port.Table("suppress") is not { } table)
        {
            return None;
        }

        var suppressions = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var entry in table.Entries)
        {
            var descriptor = DiagnosticCatalog.Find(entry.Key);
            if (descriptor is null)
            {
                port.Diagnostics.Add(DiagnosticCatalog.UnknownReference, entry.KeyLocation,
                    $"suppress names '{entry.Key}', which is not a diagnostic code; codes look like PM2001 (see docs/diagnostics.md).");
                continue;
            }

            if (descriptor.DefaultSeverity == DiagnosticSeverity.Error)
            {
                port.Diagnostics.Add(DiagnosticCatalog.ErrorNotSuppressible, entry.KeyLocation,
                    $"{descriptor.Code} ({descriptor.Title}) is an error and cannot be suppressed; only warnings (PM2xxx) can.");
                continue;
            }

            if (entry.Value is not TomlScalarNode { Kind: TomlScalarKind.String, Value: string reason } || string.IsNullOrWhiteSpace(reason))
            {
                port.Diagnostics.Add(DiagnosticCatalog.InvalidValue, entry.Value.Location,
                    $"suppress.{entry.Key} needs the reason as a non-empty string, such as {entry.Key} = \"registered, but unused on our hosts\".");
                continue;
            }

            suppressions[descriptor.Code] = reason;
        }

        return suppressions;
    }
}
