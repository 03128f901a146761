using System.Text.RegularExpressions;
using PhantomMesh.BuildPorts.Diagnostics;
using PhantomMesh.BuildPorts.Spec;

namespace PhantomMesh.BuildPorts.Loading.Binding;

internal static partial class AlertsBinder
{
    private static readonly string[] Keys = ["target_down_for", "severity"];

    public static AlertSettings Bind(TableReader root)
    {
        if (root.Table("alerts") is not { } table)
        {
            return AlertSettings.Default;
        }

        var reader = new TableReader(table, "alerts", root.Diagnostics, Keys);
        var duration = reader.NonEmptyString("target_down_for", example: "target_down_for = \"2m\"");
        if (duration is { } text && !PrometheusDuration().IsMatch(text.Value))
        {
            reader.Diagnostics.Add(DiagnosticCatalog.InvalidValue, text.Location,
                $"target_down_for = \"{text.Value}\" is not a Prometheus duration; write a number and a unit, such as \"2m\", \"90s\" or \"1h30m\".");
            duration = null;
        }

        var severity = reader.NonEmptyString("severity", example: "severity = \"critical\"");
        if (severity is { } label && label.Value.Any(char.IsControl))
        {
            reader.Diagnostics.Add(DiagnosticCatalog.InvalidValue, label.Location,
                "severity holds a control character (a line break, a tab); write one plain word such as \"critical\" or \"warning\".");
            severity = null;
        }

        return new AlertSettings(
            duration?.Value ?? AlertSettings.Default.TargetDownFor,
            severity?.Value ?? AlertSettings.Default.Severity);
    }

    /// <summary>Prometheus's duration syntax: units from years to milliseconds, largest first, at least one.</summary>
    [GeneratedRegex(@"^(?=\d)(\d+y)?(\d+w)?(\d+d)?(\d+h)?(\d+m)?(\d+s)?(\d+ms)?$", RegexOptions.CultureInvariant)]
    private static partial Regex PrometheusDuration();
}
