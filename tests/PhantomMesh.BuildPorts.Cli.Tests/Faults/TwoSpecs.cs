using System.Text.RegularExpressions;
using PhantomMesh.BuildPorts.Cli.Tests.Infrastructure;

namespace PhantomMesh.BuildPorts.Cli.Tests.Faults;

/// <summary>
/// Two versions of one project, A and B, whose outputs differ in most files (other ports, another project name,
/// so each also has a file the other has not), with small own templates beside the built-in ones. Each is
/// rendered once into a folder of its own: those are the only complete versions an output file may ever have.
/// </summary>
public sealed partial class TwoSpecs : IDisposable
{
    public const string ManifestName = ".phantom-gen-manifest";
    public const string LockName = ".phantom-gen.lock";

    /// <summary>Six files of LINES lines (3,000 lines is about 100 KB), each flushed to disk, so a kill has a real write phase to land in.</summary>
    private const string BigTemplate =
        "{{ for n in 1..LINES }}{{ project.name }} {{ n }}{{ for p in ports }} {{ p.host_port }}:{{ p.container }}.{{ p.name }}{{ end }}\n{{ end }}";

    private const string NamedTemplate = """
        +++
        output = "by-name/" + project.name + ".yml"
        +++
        {{ for p in ports }}{{ p.host_port }} {{ p.container }}.{{ p.name }}
        {{ end }}
        """;

    private static readonly string SpecA = SpecText.Of(
        SpecText.CoreProject("alpha", network: "test-net"),
        SpecText.Container("app", service: "app"),
        SpecText.Port("app", "http", 24510, 8080, SpecText.InGroup()),
        SpecText.Port("app", "admin", 24512, 9090, SpecText.InGroup()));

    private readonly TempFolder _temp = new("pm-faults-");

    private TwoSpecs(int bigLines)
    {
        _temp.Write("a.toml", SpecA);
        _temp.Write("b.toml", SpecA.Replace("alpha", "bravo", StringComparison.Ordinal).Replace("24512", "24513", StringComparison.Ordinal));
        for (var i = 1; i <= 6; i++)
        {
            _temp.Write($"templates/big/file{i}.txt.sbn", BigTemplate.Replace("LINES", bigLines.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal).Replace("{{ n }}", $"{i}.{{{{ n }}}}", StringComparison.Ordinal));
        }

        _temp.Write("templates/by-name.sbn", NamedTemplate);
        _temp.Write("templates/same.txt.sbn", "the same in A and B\n");
    }

    public string Root => _temp.Path;

    /// <summary>Every output file of A (relative path with '/' → bytes), the manifest not included.</summary>
    public IReadOnlyDictionary<string, byte[]> A { get; private set; } = new Dictionary<string, byte[]>();

    public IReadOnlyDictionary<string, byte[]> B { get; private set; } = new Dictionary<string, byte[]>();

    public byte[] ManifestA { get; private set; } = [];

    public byte[] ManifestB { get; private set; } = [];

    /// <summary>Writes both specs and renders each once into a reference folder of its own.</summary>
    /// <param name="bigLines">The length of the six big files: longer ones make a longer write phase, and a slower run.</param>
    public static async Task<TwoSpecs> CreateAsync(int bigLines)
    {
        var specs = new TwoSpecs(bigLines);
        (specs.A, specs.ManifestA) = await specs.RenderAsync("a.toml", "ref-a");
        (specs.B, specs.ManifestB) = await specs.RenderAsync("b.toml", "ref-b");
        var differing = specs.A.Keys.Count(path => !specs.B.TryGetValue(path, out var b) || !b.AsSpan().SequenceEqual(specs.A[path]));
        Assert.True(differing >= 8, $"A and B differ in only {differing} files; the tests need versions that differ.");
        return specs;
    }

    public static string SpecFile(bool a) => a ? "a.toml" : "b.toml";

    /// <summary>The arguments of a generate of A or B into <paramref name="outFolder"/> (relative to <see cref="Root"/>).</summary>
    public static string[] Generate(bool a, string outFolder) => ["generate", "--spec", SpecFile(a), "--templates", "templates", "--out", outFolder];

    public string PathOf(string relative) => Path.Combine(Root, relative);

    /// <summary>
    /// Asserts that each output file in the folder is byte for byte its A or its B version, and that anything else
    /// there is the manifest, the lock or a temporary file of the writer's own form. Returns the temporary files.
    /// </summary>
    public IReadOnlyList<string> AssertEveryFileComplete(string outFolder, string when)
    {
        var temps = new List<string>();
        foreach (var (path, bytes) in ReadAll(PathOf(outFolder)))
        {
            if (path is ManifestName or LockName)
            {
                continue;
            }

            if (TempName().IsMatch(Path.GetFileName(path)))
            {
                temps.Add(path);
                continue;
            }

            var isA = A.TryGetValue(path, out var a) && a.AsSpan().SequenceEqual(bytes);
            var isB = B.TryGetValue(path, out var b) && b.AsSpan().SequenceEqual(bytes);
            Assert.True(isA || isB,
                $"{when}: '{path}' ({bytes.Length} bytes) is neither its A version ({a?.Length.ToString() ?? "none"} bytes) nor its B version ({b?.Length.ToString() ?? "none"} bytes).");
        }

        return temps;
    }

    /// <summary>Asserts that the folder holds exactly what one complete generation of A (or B) writes, with its manifest and no temporary file.</summary>
    public void AssertExactly(bool a, string outFolder, string when)
    {
        var expected = a ? A : B;
        var actual = ReadAll(PathOf(outFolder));
        var outputs = actual.Keys.Where(path => path is not ManifestName and not LockName).Order(StringComparer.Ordinal).ToList();
        Assert.True(expected.Keys.Order(StringComparer.Ordinal).SequenceEqual(outputs),
            $"{when}: expected the files of {(a ? "A" : "B")}:\n  {string.Join("\n  ", expected.Keys.Order(StringComparer.Ordinal))}\nfound:\n  {string.Join("\n  ", outputs)}");
        Assert.All(expected, pair => Assert.True(pair.Value.AsSpan().SequenceEqual(actual[pair.Key]), $"{when}: '{pair.Key}' is not its {(a ? "A" : "B")} version."));
        Assert.True(actual.TryGetValue(ManifestName, out var manifest), $"{when}: no manifest.");
        Assert.True((a ? ManifestA : ManifestB).AsSpan().SequenceEqual(manifest),
            $"{when}: the manifest does not list exactly the files of {(a ? "A" : "B")}:\n{System.Text.Encoding.UTF8.GetString(manifest)}");
    }

    public void Dispose() => _temp.Dispose();

    /// <summary>Every file below the folder (relative, '/'), hidden ones included.</summary>
    internal static Dictionary<string, byte[]> ReadAll(string folder)
        => Directory.Exists(folder)
            ? Directory.EnumerateFiles(folder, "*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0 })
                .ToDictionary(path => Path.GetRelativePath(folder, path).Replace('\\', '/'), File.ReadAllBytes, StringComparer.Ordinal)
            : new Dictionary<string, byte[]>(StringComparer.Ordinal);

    /// <summary>The writer's temporary files: '.{name}.{GUID as 32 lowercase hex digits}.tmp'.</summary>
    [GeneratedRegex(@"\A\..+\.[0-9a-f]{32}\.tmp\z")]
    internal static partial Regex TempName();

    private async Task<(IReadOnlyDictionary<string, byte[]> Files, byte[] Manifest)> RenderAsync(string spec, string outFolder)
    {
        var result = await PhantomGenProcess.RunAsync(Root, Generate(spec == "a.toml", outFolder));
        Assert.True(result.ExitCode == 0, result.ToString());
        var files = ReadAll(PathOf(outFolder));
        var manifest = files[ManifestName];
        files.Remove(ManifestName);
        files.Remove(LockName);
        Assert.DoesNotContain(files.Keys, path => path.EndsWith(".tmp", StringComparison.Ordinal));
        return (files, manifest);
    }
}
