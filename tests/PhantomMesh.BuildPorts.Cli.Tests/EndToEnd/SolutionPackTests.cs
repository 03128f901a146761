using System.IO.Compression;
using System.Xml.Linq;
using PhantomMesh.BuildPorts.Cli.Tests.Infrastructure;

namespace PhantomMesh.BuildPorts.Cli.Tests.EndToEnd;

/// <summary>
/// <c>dotnet pack</c> at the root of a fresh clone: exactly the MSBuild task package and the phantom-gen
/// tool's pointer package, which holds no assembly and names the per-runtime packages (linux-x64, Native AOT; any,
/// framework-dependent) that <c>dotnet pack -r</c> makes.
/// </summary>
[Trait("Category", "EndToEnd")]
public sealed class SolutionPackTests : IDisposable
{
    private readonly TempFolder _temp = new("pm-pack-");

    [SkippableFact]
    public async Task Packing_the_solution_yields_the_task_package_and_the_tool_package_only()
    {
        var clone = _temp.Combine("repo");
        await WorkingTreeClone.CreateAsync(clone);
        var output = _temp.Combine("packages");

        // The build's own dependencies may come from this machine's package cache: this is about what is packed.
        var pack = await DotnetCli.RunAsync(clone, DotnetCli.QuietEnvironment(), "pack", "-o", output);
        Assert.True(pack.Succeeded, pack.ToString());

        var packages = Directory.GetFiles(output).Order(StringComparer.Ordinal).ToList();
        Assert.All(packages, p => Assert.EndsWith(".nupkg", p, StringComparison.Ordinal));
        var identities = packages.Select(Identity).ToList();
        Assert.Equal(["PhantomMesh.BuildPorts", ToolManifest.PackageId], identities.Select(i => i.Id).Order(StringComparer.Ordinal));
        Assert.Equal(ToolManifest.Version, identities.Single(i => i.Id == ToolManifest.PackageId).Version);

        using var tool = ZipFile.OpenRead(packages.Single(p => Identity(p).Id == ToolManifest.PackageId));
        Assert.DoesNotContain(tool.Entries, e => e.FullName.EndsWith(".dll", StringComparison.Ordinal));
        using var settings = tool.Entries.Single(e => e.FullName.EndsWith("/DotnetToolSettings.xml", StringComparison.Ordinal)).Open();
        var runtimePackages = XDocument.Load(settings).Descendants("RuntimeIdentifierPackage")
            .Select(p => (Rid: (string?)p.Attribute("RuntimeIdentifier"), Id: (string?)p.Attribute("Id")));
        Assert.Equal([("any", ToolManifest.PackageId + ".any"), ("linux-x64", ToolManifest.PackageId + ".linux-x64")], runtimePackages.Order());
    }

    public void Dispose() => _temp.Dispose();

    private static (string Id, string Version) Identity(string package)
    {
        using var zip = ZipFile.OpenRead(package);
        using var nuspec = zip.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal) && !e.FullName.Contains('/')).Open();
        var metadata = XDocument.Load(nuspec).Root!.Elements().Single(e => e.Name.LocalName == "metadata");
        string Value(string name) => metadata.Elements().Single(e => e.Name.LocalName == name).Value;
        return (Value("id"), Value("version"));
    }
}
