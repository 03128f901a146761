namespace PhantomMesh.BuildPorts.Cli;

/// <summary>Text files built into the tool (the starter spec, its schema, the diagnostics documentation).</summary>
internal static class EmbeddedText
{
    /// <summary>The resource's text, or null when the tool was built without it.</summary>
    public static string? Read(string name)
    {
        using var stream = typeof(EmbeddedText).Assembly.GetManifestResourceStream(name);
        return stream is null ? null : new StreamReader(stream).ReadToEnd();
    }
}
