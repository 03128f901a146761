using System.Text;
using PhantomMesh.BuildPorts.Diagnostics;
using PhantomMesh.BuildPorts.Import;

namespace PhantomMesh.BuildPorts.Tests.Import;

/// <summary>A temporary project folder holding a fixture's Compose files, and the import of them.</summary>
public sealed class ImportWorkspace : IDisposable
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    public ImportWorkspace(ImportFixtures.Project project)
    {
        Folder = Path.Combine(Path.GetTempPath(), "pm-import-" + Guid.NewGuid().ToString("N"), project.Name);
        Directory.CreateDirectory(Path.Combine(Folder, "api"));
        File.WriteAllText(Path.Combine(Folder, "api", "Dockerfile"), "FROM scratch\n");
        foreach (var (file, text) in project.Files)
        {
            Write(file, text);
        }

        ComposeFiles = [.. project.Files.Select(f => Path.Combine(Folder, f.File))];
    }

    public string Folder { get; }

    public IReadOnlyList<string> ComposeFiles { get; }

    public string SpecPath => Path.Combine(Folder, "ports.toml");

    public DiagnosticBag Diagnostics { get; } = new();

    public void Write(string relative, string text) => File.WriteAllText(Path.Combine(Folder, relative), text, Utf8NoBom);

    /// <summary>Plans the import and writes its files; fails the test when the plan reports errors.</summary>
    public ImportPlan Import(bool split = false, IReadOnlyList<string>? manifests = null)
    {
        var plan = SpecImport.Plan(new ImportRequest(ComposeFiles, manifests ?? [], SpecPath, Split: split), Diagnostics);
        Assert.True(plan is not null, "The import failed:\n" + string.Join("\n", Diagnostics.Items));
        foreach (var (path, text) in plan.Files)
        {
            File.WriteAllText(path, text, Utf8NoBom);
        }

        return plan;
    }

    /// <summary><c>-f</c> arguments for the files given.</summary>
    public static IEnumerable<string> FileArguments(IEnumerable<string> files) => files.SelectMany(f => new[] { "-f", f });

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path.GetDirectoryName(Folder)!, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder must not fail a test.
        }
    }
}
