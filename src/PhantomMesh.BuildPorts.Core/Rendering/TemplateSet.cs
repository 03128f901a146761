namespace PhantomMesh.BuildPorts.Rendering;

/// <summary>The built-in templates with a project's templates laid over them by name.</summary>
public sealed class TemplateSet
{
    private readonly Dictionary<string, TemplateSource> _byName;

    internal TemplateSet(IEnumerable<TemplateSource> templates)
    {
        _byName = new Dictionary<string, TemplateSource>(StringComparer.Ordinal);
        foreach (var template in templates.OrderBy(t => t.IsBuiltIn ? 0 : 1))
        {
            _byName[template.Name] = template; // project templates come last and win
        }
    }

    public IReadOnlyList<TemplateSource> All => _byName.Values.OrderBy(t => t.Name, StringComparer.Ordinal).ToList();

    internal IEnumerable<TemplateSource> Renderable => All.Where(t => !t.IsPartial);

    internal TemplateSource? Find(string name) => _byName.GetValueOrDefault(name);
}
