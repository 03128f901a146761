namespace PhantomMesh.BuildPorts.Rendering;

/// <summary>
/// One template. <see cref="Name"/> is its path inside the templates folder with '/' separators
/// (<c>k8s/base/services/services.yaml.sbn</c>); a project template overrides the built-in of the same name.
/// </summary>
public sealed record TemplateSource(string Name, string Text, string DisplayPath, bool IsBuiltIn)
{
    internal const string Extension = ".sbn";

    /// <summary>Partials (names starting with '_') are only included by other templates, never rendered on their own.</summary>
    public bool IsPartial => Path.GetFileName(Name).StartsWith('_');

    /// <summary>Where the output goes when the template's front matter does not say.</summary>
    public string DefaultOutput => Name[..^Extension.Length];
}
