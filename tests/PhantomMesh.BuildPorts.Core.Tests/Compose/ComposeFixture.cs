using System.Globalization;
using PhantomMesh.BuildPorts.Diagnostics;
using PhantomMesh.BuildPorts.Loading.Compose;
using PhantomMesh.BuildPorts.Spec;

namespace PhantomMesh.BuildPorts.Tests.Compose;

/// <summary>Loads Compose text held in memory, as the include reader would after reading the files.</summary>
public static class ComposeFixture
{
    public const string File = "/srv/shop/compose.yml";
    public const string EnvFile = "/srv/shop/.env";

    /// <summary>The text of a Compose file whose one service, web, has the given lines under ports: (the first one on line 4).</summary>
    public static string WithPorts(string portLines)
        => "services:\n  web:\n    ports:\n" + string.Join("\n", portLines.Split('\n').Select(l => "      " + l)) + "\n";

    public static (PortSpec? Spec, IReadOnlyList<Diagnostic> Diagnostics) Load(
        string yaml,
        IReadOnlyDictionary<string, string>? environment = null,
        string? dotEnv = null,
        params string[] laterFiles)
        => LoadWithOtherFiles(yaml, new Dictionary<string, string>(), environment, dotEnv, laterFiles);

    /// <summary>As <see cref="Load"/>, with files that <c>extends.file</c> may name, by full path; any other path does not exist.</summary>
    public static (PortSpec? Spec, IReadOnlyList<Diagnostic> Diagnostics) LoadWithOtherFiles(
        string yaml,
        IReadOnlyDictionary<string, string> otherFiles,
        IReadOnlyDictionary<string, string>? environment = null,
        string? dotEnv = null,
        params string[] laterFiles)
    {
        var diagnostics = new DiagnosticBag();
        var files = new[] { new SourceText(File, yaml) }
            .Concat(laterFiles.Select((text, i) => new SourceText($"/srv/shop/compose.{i + 1}.yml", text)))
            .ToList();
        var envFiles = dotEnv is null ? new List<SourceText>() : [new SourceText(EnvFile, dotEnv)];
        SourceText? ReadFile(string path, SourceLocation from)
        {
            if (otherFiles.TryGetValue(path, out var text))
            {
                return new SourceText(path, text);
            }

            diagnostics.Add(DiagnosticCatalog.IncludeNotFound, from, $"Compose file '{path}' does not exist.");
            return null;
        }

        var spec = ComposeProjectLoader.Load(files, envFiles, EnvFile, name => environment?.GetValueOrDefault(name), diagnostics, readFile: ReadFile);
        return (spec, diagnostics.Items);
    }

    /// <summary>Each host port the spec takes: <c>127.0.0.1:8080-&gt;80/tcp@4</c>, <c>*</c> for every address, @ the line of the entry.</summary>
    public static IReadOnlyList<string> Claims(PortSpec? spec)
        => spec is null ? [] : [.. spec.Ports.Select(Claim)];

    public static string Claim(PortMapping port)
        => string.Create(CultureInfo.InvariantCulture,
            $"{port.HostIp?.Value.ToString() ?? "*"}:{port.HostPort.Value}->{port.ContainerPort.Value}/{port.Protocol.Value.ToLowerName()}@{port.HostPort.Location.Line}");

    /// <summary>A diagnostic as <c>PM1106@4:9</c>.</summary>
    public static string Brief(Diagnostic diagnostic)
        => string.Create(CultureInfo.InvariantCulture, $"{diagnostic.Code}@{diagnostic.Location.Line}:{diagnostic.Location.Column}");
}
