using PhantomMesh.BuildPorts.Diagnostics;

namespace PhantomMesh.BuildPorts.Loading.Compose;

/// <summary>
/// Applies <c>extends</c> as Compose does, file by file before the files merge: a service starts
/// from the service it extends (in the same file, or in the file <c>extends.file</c> names, relative
/// to the extending file), then adds its own ports, network_mode, image, build, healthcheck and networks
/// as a later file would (<see cref="ComposeMerge.Over"/>). Each service is resolved once.
/// </summary>
internal sealed class ComposeExtendsResolver(ComposeVariables variables, Func<string, SourceLocation, SourceText?> readFile, DiagnosticBag diagnostics)
{
    /// <summary>Far beyond a real chain of extends; keeps a hostile one from exhausting the stack.</summary>
    private const int MaxChain = 32;

    private readonly Dictionary<string, IReadOnlyDictionary<string, ComposeService>?> _otherFiles = new(StringComparer.Ordinal);
    private readonly Dictionary<(string File, string Service), ComposeService> _resolved = [];

    /// <summary>The files read for <c>extends.file</c>, which a build must also watch.</summary>
    public List<string> FilesRead { get; } = [];

    public ComposeDocument Apply(ComposeDocument document, string file)
    {
        if (document.Services.All(s => s.Extends is null))
        {
            return document;
        }

        var byName = ByName(document.Services);
        return document with { Services = [.. document.Services.Select(s => Resolve(s, byName, file, []))] };
    }

    private ComposeService Resolve(ComposeService service, IReadOnlyDictionary<string, ComposeService> siblings, string file, List<(string File, string Service)> chain)
    {
        if (service.Extends is not { } extends)
        {
            return service;
        }

        var key = (file, service.Name.Value);
        if (_resolved.TryGetValue(key, out var known))
        {
            return known;
        }

        var resolved = service with { Extends = null };
        if (chain.Contains(key) || chain.Count == MaxChain)
        {
            Report(extends.Service.Location, $"Service '{PrintableText.Of(service.Name.Value)}' extends a chain of services that "
                + (chain.Count == MaxChain ? $"is more than {MaxChain} long" : "comes back to itself") + "; make the chain end at a service that extends nothing.");
            return _resolved[key] = resolved;
        }

        var baseFile = extends.File is { } path ? SpecIdentity.Resolve(file, path.Value) : file;
        var candidates = baseFile == file ? siblings : baseFile is null ? null : ServicesOf(baseFile, extends.File!.Value.Location);
        if (candidates is null)
        {
            return _resolved[key] = resolved;
        }

        if (!candidates.TryGetValue(extends.Service.Value, out var baseService))
        {
            Report(extends.Service.Location, $"Service '{PrintableText.Of(service.Name.Value)}' extends '{PrintableText.Of(extends.Service.Value)}', "
                + $"which {(baseFile == file ? "this file" : $"'{baseFile}'")} does not define; name one of its services.");
            return _resolved[key] = resolved;
        }

        chain.Add(key);
        var start = Resolve(baseService, candidates, baseFile!, chain);
        chain.RemoveAt(chain.Count - 1);
        return _resolved[key] = ComposeMerge.Over(resolved, baseFile == file ? start : Rebased(start, baseFile!, file));
    }

    /// <summary>A service of another file as the extending file sees it: its build context is relative to its own file's folder.</summary>
    private static ComposeService Rebased(ComposeService service, string baseFile, string file)
    {
        if (service.Details.Dockerfile is not { } dockerfile || Path.IsPathRooted(dockerfile))
        {
            return service;
        }

        var full = Path.Combine(Path.GetDirectoryName(baseFile)!, dockerfile);
        var relative = Path.GetRelativePath(Path.GetDirectoryName(file)!, full).Replace('\\', '/');
        return service with { Details = service.Details with { Dockerfile = relative } };
    }

    /// <summary>The services of another file, read once; null (and the reason reported) when it cannot be read.</summary>
    private IReadOnlyDictionary<string, ComposeService>? ServicesOf(string path, SourceLocation referencedFrom)
    {
        if (_otherFiles.TryGetValue(path, out var known))
        {
            return known;
        }

        _otherFiles[path] = null;
        if (readFile(path, referencedFrom) is not { } source)
        {
            return null;
        }

        FilesRead.Add(path);
        var documents = ComposeFileReader.ReadAll(source, variables, diagnostics).Select(d => Apply(d, path));
        return _otherFiles[path] = ByName(ComposeMerge.Merge(documents).Services);
    }

    private static Dictionary<string, ComposeService> ByName(IEnumerable<ComposeService> services)
    {
        var byName = new Dictionary<string, ComposeService>(StringComparer.Ordinal);
        foreach (var service in services)
        {
            byName.TryAdd(service.Name.Value, service);
        }

        return byName;
    }

    private void Report(SourceLocation location, string message) => diagnostics.Add(DiagnosticCatalog.ComposeStructure, location, message);
}
