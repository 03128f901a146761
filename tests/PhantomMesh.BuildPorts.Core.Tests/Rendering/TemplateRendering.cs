using PhantomMesh.BuildPorts.Diagnostics;
using PhantomMesh.BuildPorts.Rendering;
using PhantomMesh.BuildPorts.Tests.Support;
using PhantomMesh.BuildPorts.Validation;

namespace PhantomMesh.BuildPorts.Tests.Rendering;

/// <summary>A spec and project templates (no built-ins) in a fresh folder, rendered as a build would; outputs go to 'out'.</summary>
public sealed class TemplateRendering : IDisposable
{
    private readonly TempSpec _temp = new();

    public string Folder => _temp.Folder;

    public string OutputFolder => Path.Combine(_temp.Folder, "out");

    public string Write(string relativePath, string text) => _temp.Write(relativePath, text);

    /// <summary>Renders against a one-port spec whose purpose holds quotes.</summary>
    public RenderResult Render(params (string Name, string Text)[] templates)
        => RenderSpec(Specs.OnePort(Specs.ValidPort + "\npurpose = \"serves: \\\"things\\\"\""), null, templates);

    public RenderResult Render(RenderLimits limits, params (string Name, string Text)[] templates)
        => RenderSpec(Specs.OnePort(Specs.ValidPort + "\npurpose = \"serves: \\\"things\\\"\""), limits, templates);

    /// <summary>As <see cref="Render(RenderLimits, (string, string)[])"/>, with the render's deadline read from <paramref name="clock"/>.</summary>
    public RenderResult Render(RenderLimits limits, TimeProvider clock, params (string Name, string Text)[] templates)
        => RenderSpec(Specs.OnePort(Specs.ValidPort), limits, templates, clock);

    public RenderResult RenderSpec(string specText, RenderLimits? limits, params (string Name, string Text)[] templates)
        => RenderSpec(specText, limits, templates, TimeProvider.System);

    private RenderResult RenderSpec(string specText, RenderLimits? limits, (string Name, string Text)[] templates, TimeProvider clock)
    {
        var spec = _temp.Write("ports.toml", specText);
        foreach (var (name, text) in templates)
        {
            _temp.Write(Path.Combine("templates", name), text);
        }

        var specs = SpecCheck.Run(spec).Specs!;
        var diagnostics = new DiagnosticBag();
        var set = TemplateSetLoader.Load(Path.Combine(_temp.Folder, "templates"), diagnostics, includeBuiltIns: false);
        Assert.Empty(diagnostics.Items);
        return new TemplateRenderer(set, OutputFolder, limits) { Clock = clock }.Render(specs);
    }

    public void Dispose() => _temp.Dispose();
}
