namespace PhantomMesh.BuildPorts.Cli.Commands;

/// <summary>The sections of docs/diagnostics.md, embedded in the tool so that explain works offline.</summary>
internal static class DiagnosticDocs
{
    private const string ResourceName = "PhantomMesh.BuildPorts.Cli.diagnostics.md";

    public static string? Section(string code)
    {
        if (EmbeddedText.Read(ResourceName) is not { } resource)
        {
            return null;
        }

        var text = resource.Replace("\r\n", "\n", StringComparison.Ordinal);
        var heading = $"\n## {code}:";
        var start = text.IndexOf(heading, StringComparison.Ordinal);
        if (start < 0)
        {
            return null;
        }

        var end = text.IndexOf("\n## ", start + heading.Length, StringComparison.Ordinal);
        var section = end < 0 ? text[(start + 1)..] : text[(start + 1)..end];
        return string.Join('\n', section.Split('\n').Where(line => !line.StartsWith("<a id=", StringComparison.Ordinal)));
    }
}
