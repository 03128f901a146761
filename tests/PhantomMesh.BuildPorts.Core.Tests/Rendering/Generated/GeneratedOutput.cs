using System.Text;
using PhantomMesh.BuildPorts.Diagnostics;
using PhantomMesh.BuildPorts.Output;
using PhantomMesh.BuildPorts.Rendering;
using PhantomMesh.BuildPorts.Spec;
using PhantomMesh.BuildPorts.Validation;

namespace PhantomMesh.BuildPorts.Tests.Rendering.Generated;

/// <summary>
/// Every file the templates produced from one spec, in memory and written to a fresh temporary
/// folder (the consumers read files), as a build would write them.
/// </summary>
public sealed class GeneratedOutput : IDisposable
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    private GeneratedOutput(string root, SpecSet specs, IReadOnlyList<GeneratedFile> files)
    {
        Root = root;
        Specs = specs;
        Files = files;
    }

    /// <summary>The temporary folder holding the spec (when the test wrote one) and <see cref="Folder"/>.</summary>
    public string Root { get; }

    /// <summary>Where the rendered files are written, each at its relative path.</summary>
    public string Folder => Path.Combine(Root, "out");

    public SpecSet Specs { get; }

    public IReadOnlyList<GeneratedFile> Files { get; }

    public IEnumerable<string> Paths => Files.Select(f => f.RelativePath);

    /// <summary>The content of the file at <paramref name="relativePath"/>.</summary>
    public string this[string relativePath]
        => Files.SingleOrDefault(f => f.RelativePath == relativePath)?.Content
           ?? throw new KeyNotFoundException($"No file '{relativePath}' was rendered; rendered: {string.Join(", ", Paths)}.");

    public string PathOf(string relativePath) => Path.Combine(Folder, relativePath);

    /// <summary>Renders a spec text written to a temporary ports.toml, with the built-in templates only.</summary>
    public static GeneratedOutput FromText(string specText)
    {
        var root = NewRoot();
        var spec = Path.Combine(root, "spec", "ports.toml");
        Directory.CreateDirectory(Path.GetDirectoryName(spec)!);
        File.WriteAllText(spec, specText, Utf8NoBom);
        return Render(root, spec, templatesFolder: null);
    }

    /// <summary>Renders a spec file (in <paramref name="environment"/>, or its base) with the built-in templates and those of <paramref name="templatesFolder"/>.</summary>
    public static GeneratedOutput FromFile(string specPath, string? templatesFolder, string? environment = null) => Render(NewRoot(), specPath, templatesFolder, environment);

    /// <summary>Renders in memory only: the files a build would write, without writing them.</summary>
    public static RenderResult RenderOnly(string specPath, string? templatesFolder, string outputFolder, string? environment = null)
    {
        var check = SpecCheck.Run(specPath, environment: environment);
        Assert.True(check.Specs is not null && !check.HasErrors, "The spec does not validate:\n" + string.Join("\n", check.Diagnostics));
        var diagnostics = new DiagnosticBag();
        var templates = TemplateSetLoader.Load(templatesFolder, diagnostics);
        Assert.True(diagnostics.Items.Count == 0, "The templates do not load:\n" + string.Join("\n", diagnostics.Items));
        var result = new TemplateRenderer(templates, outputFolder).Render(check.Specs!);
        Assert.True(result.Diagnostics.Count == 0, "Rendering reported:\n" + string.Join("\n", result.Diagnostics));
        return result;
    }

    private static GeneratedOutput Render(string root, string specPath, string? templatesFolder, string? environment = null)
    {
        var output = Path.Combine(root, "out");
        var result = RenderOnly(specPath, templatesFolder, output, environment);
        foreach (var file in result.Files)
        {
            var path = Path.Combine(output, file.RelativePath);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, file.Content, Utf8NoBom);
        }

        return new GeneratedOutput(root, SpecCheck.Run(specPath, environment: environment).Specs!, result.Files);
    }

    private static string NewRoot()
    {
        var root = Path.Combine(Path.GetTempPath(), "pm-render-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(root);
        return root;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder must not fail a test.
        }
    }
}
