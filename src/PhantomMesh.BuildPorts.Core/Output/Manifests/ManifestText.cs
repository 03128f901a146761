using System.Text;
using PhantomMesh.BuildPorts.Output.Targets;
using PhantomMesh.BuildPorts.Paths;

namespace PhantomMesh.BuildPorts.Output.Manifests;

/// <summary>
/// The list of files the writer owns in an output folder: only files listed here are ever deleted.
/// One relative path a line, sorted ordinally, after a comment line.
/// </summary>
internal static class ManifestText
{
    public const string Header =
        "# phantom-gen manifest: files generated in this folder, replaced or deleted by the next generation. Do not edit.";


    public static Manifest Read(OutputFolder folder)
    {
        byte[] bytes;
        try
        {
            if (!folder.FileSystem.FileExists(folder.ManifestPath))
            {
                return Manifest.None;
            }

            bytes = folder.FileSystem.ReadAllBytes(folder.ManifestPath);
        }
        catch (Exception exception) when (IoFailure.IsExpected(exception))
        {
            // Without a readable manifest nothing is known to be ours, so nothing is deleted; the next write replaces it.
            return Manifest.None;
        }

        return new Manifest(Parse(folder, TextEncodings.Utf8WithoutBom.GetString(bytes)), bytes);
    }

    public static byte[] Format(IEnumerable<string> entries)
    {
        var text = new StringBuilder(Header).Append('\n');
        foreach (var entry in entries.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            text.Append(entry).Append('\n');
        }

        return TextEncodings.Utf8WithoutBom.GetBytes(text.ToString());
    }

    /// <summary>
    /// Lines that do not name a file inside the folder ('../x', absolute paths, links that lead out) are dropped:
    /// the file may have been edited by hand or by someone hostile, and must never point the writer elsewhere.
    /// </summary>
    private static List<string> Parse(OutputFolder folder, string text)
    {
        var entries = new List<string>();
        foreach (var rawLine in text.Split('\n'))
        {
            var line = rawLine.TrimEnd('\r');
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            if (folder.Resolve(line, out var entry, out _) is not null && !OutputFolder.IsReservedName(entry))
            {
                entries.Add(entry);
            }
        }

        return entries.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
    }
}
