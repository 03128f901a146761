using PhantomMesh.BuildPorts.Diagnostics;
using PhantomMesh.BuildPorts.Spec;

namespace PhantomMesh.BuildPorts.Loading.Binding;

internal static class RangeReader
{
    /// <summary>Reads a "FIRST-LAST" string whose bounds are ports.</summary>
    public static Located<PortRange>? Read(TableReader reader, string key, bool required = false)
    {
        if (reader.String(key, required, $"{key} = \"24510-24519\"") is not { } text)
        {
            return null;
        }

        if (!PortRange.TryParse(text.Value.Trim(), out var range))
        {
            reader.Diagnostics.Add(DiagnosticCatalog.InvalidRange, text.Location,
                $"{key} = \"{text.Value}\" is not a port range; write \"FIRST-LAST\" with FIRST <= LAST, such as \"24510-24519\".");
            return null;
        }

        if (range.First < 1 || range.Last > 65535)
        {
            reader.Diagnostics.Add(DiagnosticCatalog.PortOutOfRange, text.Location,
                $"{key} = \"{text.Value}\" reaches outside 1-65535, the numbers a port can have.");
            return null;
        }

        return new Located<PortRange>(range, text.Location);
    }
}
