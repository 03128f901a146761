using System.Security;
using PhantomMesh.BuildPorts.Tasks.Tests.Infrastructure;

namespace PhantomMesh.BuildPorts.Tasks.Tests.InProcess;

/// <summary>
/// A small project in a temporary folder that imports the package's props and targets from source,
/// with <c>PhantomPortsTaskAssembly</c> pointing at the task built beside these tests. It has no SDK,
/// so it needs no restore: its Build target runs an empty CoreCompile, which the targets hook, the
/// way Microsoft.NET.Sdk's Build does.
/// </summary>
public sealed class TestProject : IDisposable
{
    private readonly TempFolder _temp = new("pm-inproc-");

    public TestProject(string properties = "", string targets = "", bool writeSample = true)
    {
        if (writeSample)
        {
            SampleSpec.WriteTo(_temp.Path);
        }

        ProjectPath = _temp.Write("consumer.proj", $"""
            <Project>
              <Import Project="{Escape(RepoPaths.BuildProps)}" />
              <PropertyGroup>
                <PhantomPortsTaskAssembly>{Escape(RepoPaths.TaskAssembly)}</PhantomPortsTaskAssembly>
                <BaseIntermediateOutputPath>obj/</BaseIntermediateOutputPath>
                <PhantomPortsBuiltInTemplates>false</PhantomPortsBuiltInTemplates>
            {properties}
              </PropertyGroup>
              <Target Name="CoreCompile" />
              <Target Name="Build" DependsOnTargets="CoreCompile" />
              <Target Name="Clean" />
            {targets}
              <Import Project="{Escape(RepoPaths.BuildTargets)}" />
            </Project>
            """);
    }

    public string Folder => _temp.Path;

    public string ProjectPath { get; }

    public string Spec => Combine("ports.toml");

    public string Output => Combine("artifacts", "deploy");

    public string StateFolder => Combine("obj", "phantom-ports");

    public string Stamp => Path.Combine(StateFolder, "consumer.proj.stamp");

    public string Combine(params string[] parts) => _temp.Combine(parts);

    public string Write(string relativePath, string text) => _temp.Write(relativePath, text);

    public BuildOutcome Build(IDictionary<string, string>? globalProperties = null) => InProcessBuild.Run(ProjectPath, globalProperties, "Build");

    public BuildOutcome Clean() => InProcessBuild.Run(ProjectPath, null, "Clean");

    /// <summary>Sets a file's write time into the past, as "cp -p" or an unpacked archive leaves it.</summary>
    public static void Age(string path, int seconds) => File.SetLastWriteTimeUtc(path, DateTime.UtcNow.AddSeconds(-seconds));

    /// <summary>
    /// Writes <paramref name="text"/> to <paramref name="path"/> and makes it surely newer than the stamp,
    /// even on a file system whose timestamps are coarser than the time between two builds.
    /// </summary>
    public void Edit(string path, string text)
    {
        File.WriteAllText(path, text);
        if (File.Exists(Stamp) && File.GetLastWriteTimeUtc(path) <= File.GetLastWriteTimeUtc(Stamp))
        {
            File.SetLastWriteTimeUtc(path, File.GetLastWriteTimeUtc(Stamp).AddSeconds(1));
        }
    }

    private static string Escape(string path) => SecurityElement.Escape(path);

    public void Dispose() => _temp.Dispose();
}
