using System.Reflection;
using System.Text;
using PhantomMesh.BuildPorts.Diagnostics;

namespace PhantomMesh.BuildPorts.Rendering;

/// <summary>Reads the built-in templates embedded in Core and the .sbn files of a project's templates folder.</summary>
public static class TemplateSetLoader
{
    private const string ResourcePrefix = "PhantomMesh.BuildPorts.Templates/";

    /// <summary>A template larger than this is not a template someone maintains by hand.</summary>
    internal const long MaxTemplateBytes = 4 * 1024 * 1024;

    public static TemplateSet Load(string? templatesFolder, DiagnosticBag diagnostics, bool includeBuiltIns = true)
    {
        var templates = includeBuiltIns ? BuiltIns().ToList() : [];
        if (templatesFolder is not null && Directory.Exists(templatesFolder))
        {
            templates.AddRange(FromFolder(templatesFolder, diagnostics));
        }

        return new TemplateSet(templates);
    }

    public static IEnumerable<TemplateSource> BuiltIns()
    {
        var assembly = typeof(TemplateSetLoader).Assembly;
        foreach (var resource in assembly.GetManifestResourceNames().Where(r => r.StartsWith(ResourcePrefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var reader = new StreamReader(stream, TextEncodings.StrictUtf8);
            var name = resource[ResourcePrefix.Length..].Replace('\\', '/');
            yield return new TemplateSource(name, NormaliseNewLines(reader.ReadToEnd()), "builtin:" + name, IsBuiltIn: true);
        }
    }

    private static List<TemplateSource> FromFolder(string folder, DiagnosticBag diagnostics)
    {
        var templates = new List<TemplateSource>();
        IEnumerable<string> files;
        try
        {
            files = Directory.EnumerateFiles(folder, "*" + TemplateSource.Extension, SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            diagnostics.Add(DiagnosticCatalog.TemplatesUnreadable, SourceLocation.StartOf(folder), $"The templates folder cannot be listed: {exception.Message}");
            return templates;
        }

        var root = Path.GetFullPath(folder);
        foreach (var file in files)
        {
            var name = Path.GetRelativePath(root, Path.GetFullPath(file)).Replace('\\', '/');
            try
            {
                var info = new FileInfo(file);
                if (info.LinkTarget is not null && !IsInside(root, info.ResolveLinkTarget(returnFinalTarget: true)?.FullName))
                {
                    diagnostics.Add(DiagnosticCatalog.TemplateInclude, SourceLocation.StartOf(file),
                        $"Template '{name}' is a link to a file outside the templates folder; copy the file in instead.");
                    continue;
                }

                if (info.Length > MaxTemplateBytes)
                {
                    diagnostics.Add(DiagnosticCatalog.TemplateLimit, SourceLocation.StartOf(file),
                        $"Template '{name}' is {info.Length / 1024} KiB; templates are limited to {MaxTemplateBytes / (1024 * 1024)} MiB.");
                    continue;
                }

                var text = TextEncodings.StrictUtf8.GetString(File.ReadAllBytes(file));
                templates.Add(new TemplateSource(name, NormaliseNewLines(text), Path.GetFullPath(file), IsBuiltIn: false));
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or DecoderFallbackException)
            {
                diagnostics.Add(DiagnosticCatalog.TemplatesUnreadable, SourceLocation.StartOf(file), $"Template '{name}' cannot be read: {exception.Message}");
            }
        }

        return templates;
    }

    private static bool IsInside(string root, string? path)
        => path is not null && Paths.PathContainment.IsInside(Path.GetFullPath(path), root, StringComparison.Ordinal);

    internal static string NormaliseNewLines(string text)
    {
        return TextEncodings.StripBom(text).Replace("\r\n", "\n", StringComparison.Ordinal);
    }
}
